import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { ErrorCode, LiveErrorCode, t } from '@ecampus/shared/contracts';

export const noFloor = () =>
  new ForbiddenException({
    code: LiveErrorCode.NoFloor,
    message: t(
      'Sie haben gerade nicht das Wort. Heben Sie die Hand – die Trainerin kann es Ihnen erteilen.',
      'You do not have the floor right now. Raise your hand – the trainer can give it to you.',
    ),
  });

export const mediaNotLive = () =>
  new ConflictException({
    code: LiveErrorCode.MediaNotLive,
    message: t('Audio und Video beginnen mit dem Live-Seminar.', 'Audio and video start with the live session.'),
  });

export const subscriptionNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t('Diesen Empfang gibt es nicht (mehr).', 'This subscription does not exist (any more).'),
  });

export const feedNotFound = () =>
  new NotFoundException({
    code: ErrorCode.NotFound,
    message: t('Dieses Bild wird nicht mehr gesendet.', 'This feed is no longer being sent.'),
  });
