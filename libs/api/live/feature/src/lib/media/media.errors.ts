import { ConflictException, ForbiddenException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
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

export const negotiationFailed = (detail: string) =>
  new UnprocessableEntityException({
    code: LiveErrorCode.MediaNegotiationFailed,
    message: t(
      `Bild und Ton ließen sich nicht verbinden (${detail}). Bitte laden Sie die Seite neu oder versuchen Sie einen anderen Browser.`,
      `Video and audio could not be connected (${detail}). Please reload the page or try another browser.`,
    ),
  });
