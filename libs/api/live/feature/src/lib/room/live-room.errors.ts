import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ErrorCode, LiveErrorCode, t } from '@ecampus/shared/contracts';

/* Refusals of the room's events (acks take `code` and `message` from them), in both languages. */

export const sessionNotOpen = () =>
  new ConflictException({
    code: LiveErrorCode.SessionNotOpen,
    message: t(
      'Dieses Live-Seminar ist noch nicht geöffnet. Sie können ab 15 Minuten vor Beginn beitreten.',
      'This live session is not open yet. You can join from 15 minutes before the start.',
    ),
  });

export const removedFromSession = () =>
  new ForbiddenException({
    code: LiveErrorCode.Removed,
    message: t('Sie wurden aus diesem Live-Seminar entfernt.', 'You were removed from this live session.'),
  });

export const notJoined = () =>
  new ConflictException({
    code: LiveErrorCode.NotJoined,
    message: t('Bitte treten Sie dem Live-Seminar zuerst bei.', 'Please join the live session first.'),
  });

export const chatClosed = (why: 'locked' | 'muted') =>
  new ForbiddenException({
    code: LiveErrorCode.ChatClosed,
    message:
      why === 'locked'
        ? t('Der Chat ist gesperrt.', 'The chat is locked.')
        : t('Ihr Chat wurde von der Moderation stummgeschaltet.', 'Your chat was muted by a moderator.'),
  });

export const pollClosed = () =>
  new ConflictException({
    code: LiveErrorCode.PollClosed,
    message: t('Diese Umfrage ist nicht (mehr) geöffnet.', 'This poll is not open (any more).'),
  });

export const pollAlreadyOpen = () =>
  new ConflictException({
    code: ErrorCode.Conflict,
    message: t('Es ist schon eine Umfrage geöffnet. Bitte schließen Sie sie zuerst.', 'A poll is already open. Please close it first.'),
  });

export const invalidPollOption = () =>
  new BadRequestException({
    code: ErrorCode.Validation,
    message: t('Diese Antwort gibt es in der Umfrage nicht.', 'This poll has no such option.'),
  });

export const questionNotFound = () =>
  new NotFoundException({ code: ErrorCode.NotFound, message: t('Diese Frage gibt es nicht.', 'This question does not exist.') });

export const slideMaterialNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t(
      'Dieses Material gibt es nicht, oder es ist kein PDF eines veröffentlichten Moduls dieses Programms.',
      'This material does not exist, or it is not a PDF of a published module of this program.',
    ),
  });

export const slidePageOutOfRange = (pageCount: number) =>
  new UnprocessableEntityException({
    code: ErrorCode.Validation,
    message: t(`Dieses PDF hat ${pageCount} Seiten.`, `This PDF has ${pageCount} pages.`),
  });

export const notesConflict = () =>
  new ConflictException({
    code: ErrorCode.Conflict,
    message: t(
      'Die Notizen wurden inzwischen geändert. Bitte übernehmen Sie die aktuelle Fassung.',
      'The notes were changed meanwhile. Please take the current version.',
    ),
  });

export const notesClosed = () =>
  new ForbiddenException({
    code: ErrorCode.Forbidden,
    message: t('Die Notizen sind nicht zur Bearbeitung geöffnet.', 'The notes are not open for editing.'),
  });

export const cannotRemoveModerator = () =>
  new UnprocessableEntityException({
    code: ErrorCode.RuleViolated,
    message: t(
      'Moderierende und Sie selbst können nicht entfernt oder stummgeschaltet werden.',
      'Moderators and you yourself cannot be removed or muted.',
    ),
  });

export const rateLimited = () =>
  new HttpException(
    {
      code: ErrorCode.RateLimited,
      message: t(
        'Zu viele Aktionen in kurzer Zeit. Bitte warten Sie einen Moment.',
        'Too many actions in a short time. Please wait a moment.',
      ),
    },
    HttpStatus.TOO_MANY_REQUESTS,
  );

export const removedNotice = () =>
  t('Eine Moderatorin hat Sie aus diesem Live-Seminar entfernt.', 'A moderator removed you from this live session.');
