import { ConflictException, ForbiddenException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { ErrorCode, LiveErrorCode, t } from '@ecampus/shared/contracts';

/*
 * The error shapes of the live domain (HTTP answers; socket acks take `code` and `message` from
 * them). Messages are written in both languages where they are raised (`t(de, en)`).
 */

export const liveSessionNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      'Dieses Live-Seminar gibt es nicht, oder Sie haben keinen Zugriff darauf.',
      'This live session does not exist, or you have no access to it.',
    ),
  });

export const onlyModerators = () =>
  new ForbiddenException({
    code: ErrorCode.Forbidden,
    message: t(
      'Das können nur Trainerinnen, Koordinatorinnen und Administratorinnen dieses Programms.',
      'Only trainers, coordinators and administrators of this program can do this.',
    ),
  });

export const sessionNotScheduled = () =>
  new ConflictException({
    code: LiveErrorCode.NotScheduled,
    message: t(
      'Dieses Live-Seminar hat schon begonnen oder ist beendet; es kann nicht mehr geändert werden.',
      'This live session has already started or ended; it can no longer be changed.',
    ),
  });

export const sessionEnded = () =>
  new UnprocessableEntityException({
    code: LiveErrorCode.SessionEnded,
    message: t('Dieses Live-Seminar ist beendet.', 'This live session has ended.'),
  });
