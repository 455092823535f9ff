import {
  CalendarFeedEntity,
  LiveAttendanceEntity,
  LiveBreakoutRoomEntity,
  LiveChatMessageEntity,
  LivePollEntity,
  LivePollVoteEntity,
  LiveQuestionEntity,
  LiveQuestionVoteEntity,
  LiveSessionEntity,
  LiveSessionRemovalEntity,
  LiveSessionTrainerEntity,
} from './live.entities';

export * from './live.entities';

/** Every entity of this feature, for TypeOrmModule.forFeature. */
export const LIVE_ENTITIES = [
  LiveSessionEntity,
  LiveSessionTrainerEntity,
  LiveSessionRemovalEntity,
  LiveChatMessageEntity,
  LiveBreakoutRoomEntity,
  LiveQuestionEntity,
  LiveQuestionVoteEntity,
  LivePollEntity,
  LivePollVoteEntity,
  LiveAttendanceEntity,
  CalendarFeedEntity,
];
