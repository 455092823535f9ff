import { ConflictException } from '@nestjs/common';
import { ErrorCode, t } from '@ecampus/shared/contracts';

/*
 * The error shapes of this domain. Messages are written in both languages where they are raised
 * (`t(de, en)`), so the caller reads them in the language of her request.
 */

export const itemTitleTaken = () =>
  new ConflictException({
    code: ErrorCode.Conflict,
    message: t('In diesem Programm gibt es schon einen Eintrag mit diesem Titel.', 'This program already has an item with this title.'),
  });
