import { NotFoundException } from '@nestjs/common';
import { ErrorCode, t } from '@ecampus/shared/contracts';

/** 404 for a material that does not exist or that the caller may not know (in a draft, for participants). */
export const materialNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      'Dieses Material gibt es nicht, oder Sie haben keinen Zugriff darauf.',
      'This material does not exist, or you have no access to it.',
    ),
  });
