import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { LiveSessionStatus } from '@ecampus/shared/contracts';

/*
 * The tables of src/migrations (the schema comes from there, never from these classes). The
 * repositories query with SQL; the entities document the columns and feed TypeORM's metadata.
 */

/** A live seminar of a program. */
@Entity('live_session')
export class LiveSessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) programId!: string;
  @Column({ type: 'uuid', nullable: true }) moduleId!: string | null;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 2000 }) description!: string;
  @Column({ type: 'timestamptz' }) startsAt!: Date;
  @Column({ type: 'integer' }) durationMinutes!: number;
  @Column({ type: 'varchar', length: 10 }) status!: LiveSessionStatus;
  @Column({ type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) endedAt!: Date | null;
  @Column({ type: 'text' }) notes!: string;
  @Column({ type: 'integer' }) notesVersion!: number;
  @Column({ type: 'boolean' }) notesOpen!: boolean;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz' }) updatedAt!: Date;
}

/** A trainer of a session. */
@Entity('live_session_trainer')
export class LiveSessionTrainerEntity {
  @PrimaryColumn({ type: 'uuid' }) sessionId!: string;
  @PrimaryColumn({ type: 'uuid' }) userId!: string;
}

/** A person a moderator removed from a session (she cannot rejoin it). */
@Entity('live_session_removal')
export class LiveSessionRemovalEntity {
  @PrimaryColumn({ type: 'uuid' }) sessionId!: string;
  @PrimaryColumn({ type: 'uuid' }) userId!: string;
  @Column({ type: 'uuid', nullable: true }) removedBy!: string | null;
  @Column({ type: 'timestamptz' }) removedAt!: Date;
}

/** A chat message of a session's room. */
@Entity('live_chat_message')
export class LiveChatMessageEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'bigint' }) seq!: string;
  @Column({ type: 'uuid' }) sessionId!: string;
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'varchar', length: 2000 }) text!: string;
  @Column({ type: 'boolean' }) toModerators!: boolean;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
  /** Written inside this breakout room (null: the main room). */
  @Column({ type: 'uuid', nullable: true }) breakoutRoomId!: string | null;
}

/** A breakout room of a session (its live state is in Redis; this keeps its name and shared note). */
@Entity('live_breakout_room')
export class LiveBreakoutRoomEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'uuid' }) sessionId!: string;
  @Column({ type: 'varchar', length: 60 }) name!: string;
  @Column({ type: 'integer' }) position!: number;
  @Column({ type: 'text' }) notes!: string;
  @Column({ type: 'integer' }) notesVersion!: number;
  @Column({ type: 'timestamptz' }) openedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) closedAt!: Date | null;
}

/** A question (Q&A) of a session's room. */
@Entity('live_question')
export class LiveQuestionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'bigint' }) seq!: string;
  @Column({ type: 'uuid' }) sessionId!: string;
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'varchar', length: 500 }) text!: string;
  @Column({ type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
}

@Entity('live_question_vote')
export class LiveQuestionVoteEntity {
  @PrimaryColumn({ type: 'uuid' }) questionId!: string;
  @PrimaryColumn({ type: 'uuid' }) userId!: string;
  @Column({ type: 'timestamptz' }) votedAt!: Date;
}

/** A poll of a session's room (results stored on close). */
@Entity('live_poll')
export class LivePollEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) sessionId!: string;
  @Column({ type: 'varchar', length: 300 }) question!: string;
  @Column({ type: 'jsonb' }) options!: string[];
  @Column({ type: 'boolean' }) anonymous!: boolean;
  @Column({ type: 'uuid', nullable: true }) openedBy!: string | null;
  @Column({ type: 'timestamptz' }) openedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ type: 'jsonb', nullable: true }) results!: number[] | null;
}

@Entity('live_poll_vote')
export class LivePollVoteEntity {
  @PrimaryColumn({ type: 'uuid' }) pollId!: string;
  @PrimaryColumn({ type: 'uuid' }) userId!: string;
  @Column({ type: 'integer' }) option!: number;
  @Column({ type: 'timestamptz' }) votedAt!: Date;
}

/** One socket's stay in a session's room. */
@Entity('live_attendance')
export class LiveAttendanceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) sessionId!: string;
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'timestamptz' }) joinedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) leftAt!: Date | null;
  @Column({ type: 'timestamptz' }) lastSeenAt!: Date;
}

/** A person's private calendar feed (only the token's hash). */
@Entity('calendar_feed')
export class CalendarFeedEntity {
  @PrimaryColumn({ type: 'uuid' }) userId!: string;
  @Column({ type: 'char', length: 64 }) tokenHash!: string;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
}
