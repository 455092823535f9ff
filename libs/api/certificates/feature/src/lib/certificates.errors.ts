import { NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { ErrorCode, t } from '@ecampus/shared/contracts';

/*
 * The error shapes of this domain. Messages are written in both languages where they are raised
 * (`t(de, en)`), so the caller reads them in the language of her request.
 */

export const notAModuleOfProgram = () =>
  new UnprocessableEntityException({
    code: ErrorCode.Validation,
    message: t(
      'Pflichtmodule müssen veröffentlichte Module dieses Programms sein.',
      'Required modules must be published modules of this program.',
    ),
  });

export const notAParticipant = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      'Diese Person ist keine Mentorin und keine Mentee dieses Programms.',
      'This person is not a mentor or mentee of this program.',
    ),
  });

export const overrideNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t('Für diese Person gibt es keine Ausnahme.', 'There is no exception for this person.'),
  });
