import { BadRequestException, UnprocessableEntityException } from '@nestjs/common';
import { ErrorCode, LiveErrorCode, t } from '@ecampus/shared/contracts';

/* Refusals of scheduling (besides live.errors.ts's shared ones), in both languages. */

export const invalidTrainers = (count: number) =>
  new UnprocessableEntityException({
    code: LiveErrorCode.InvalidTrainers,
    message:
      count === 1
        ? t(
            'Eine der genannten Personen ist keine Trainerin und keine Koordinatorin dieses Programms.',
            'One of the people named is not a trainer or coordinator of this program.',
          )
        : t(
            `${count} der genannten Personen sind keine Trainerinnen oder Koordinatorinnen dieses Programms.`,
            `${count} of the people named are not trainers or coordinators of this program.`,
          ),
  });

export const invalidModule = () =>
  new UnprocessableEntityException({
    code: LiveErrorCode.InvalidModule,
    message: t('Dieses Modul gehört nicht zu diesem Programm.', 'This module does not belong to this program.'),
  });

export const startsInPast = () =>
  new UnprocessableEntityException({
    code: LiveErrorCode.StartsInPast,
    message: t('Ein Live-Seminar kann nicht in der Vergangenheit beginnen.', 'A live session cannot start in the past.'),
  });

export const tooEarlyToStart = (minutes: number) =>
  new UnprocessableEntityException({
    code: LiveErrorCode.SessionNotOpen,
    message: t(
      `Ein Live-Seminar kann frühestens ${minutes} Minuten vor seinem Beginn gestartet werden.`,
      `A live session can be started at the earliest ${minutes} minutes before it begins.`,
    ),
  });

export const tooLateToStart = () =>
  new UnprocessableEntityException({
    code: LiveErrorCode.SessionNotOpen,
    message: t(
      'Die geplante Zeit dieses Live-Seminars ist vorbei. Bitte verschieben Sie es, um es zu starten.',
      'The planned time of this live session is over. Please reschedule it to start it.',
    ),
  });

export const windowReversed = () =>
  new BadRequestException({
    code: ErrorCode.Validation,
    message: t('Der Zeitraum endet vor seinem Anfang.', 'The period ends before it begins.'),
    fields: { to: t('Das Ende liegt vor dem Anfang.', 'The end is before the beginning.') },
  });
