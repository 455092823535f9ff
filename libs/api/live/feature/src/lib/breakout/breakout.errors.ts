import { BadRequestException, ConflictException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { ErrorCode, LiveErrorCode, t } from '@ecampus/shared/contracts';

/* Refusals of the breakout events (acks take `code` and `message` from them), in both languages. */

export const breakoutAlreadyOpen = () =>
  new ConflictException({
    code: LiveErrorCode.BreakoutAlreadyOpen,
    message: t(
      'Die Gruppenräume sind schon geöffnet. Schließen Sie sie zuerst, um neue zu öffnen.',
      'Breakout rooms are already open. Close them first to open new ones.',
    ),
  });

export const breakoutNotOpen = () =>
  new ConflictException({
    code: LiveErrorCode.BreakoutNotOpen,
    message: t('Es sind keine Gruppenräume geöffnet.', 'No breakout rooms are open.'),
  });

export const breakoutRoomNotFound = () =>
  new NotFoundException({
    code: LiveErrorCode.BreakoutRoomNotFound,
    message: t('Diesen Gruppenraum gibt es nicht (mehr).', 'This breakout room does not exist (any more).'),
  });

export const breakoutPersonNotFound = () =>
  new NotFoundException({
    code: LiveErrorCode.BreakoutRoomNotFound,
    message: t('Diese Person gehört nicht zu diesem Programm.', 'This person is not part of this program.'),
  });

export const breakoutNoTandems = () =>
  new UnprocessableEntityException({
    code: LiveErrorCode.BreakoutNoTandems,
    message: t(
      'Von keinem Tandem ist gerade jemand im Raum. Stellen Sie die Gruppen selbst zusammen.',
      'Nobody of any tandem is in the room right now. Please put the groups together yourself.',
    ),
  });

export const breakoutNotInRoom = () =>
  new ConflictException({
    code: LiveErrorCode.BreakoutNotInRoom,
    message: t('Hilfe können Sie nur aus einem Gruppenraum anfordern.', 'You can only call for help from a breakout room.'),
  });

export const breakoutPersonTwice = () =>
  new BadRequestException({
    code: ErrorCode.Validation,
    message: t('Eine Person kann nur in einem Gruppenraum sein.', 'A person can only be in one breakout room.'),
  });

export const breakoutNotLive = () =>
  new ConflictException({
    code: LiveErrorCode.SessionNotOpen,
    message: t('Gruppenräume gibt es erst, wenn das Live-Seminar läuft.', 'Breakout rooms open once the live session is running.'),
  });
