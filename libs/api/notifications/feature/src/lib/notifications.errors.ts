import { NotFoundException } from '@nestjs/common';
import { ErrorCode, t } from '@ecampus/shared/contracts';

/*
 * The error shapes of this domain, in both languages where they are raised (`t(de, en)`).
 */

/** Unknown, malformed, or another person's: all the same 404 (docs/api-conventions.md). */
export const noticeNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t('Diese Benachrichtigung gibt es nicht.', 'This notification does not exist.'),
  });
