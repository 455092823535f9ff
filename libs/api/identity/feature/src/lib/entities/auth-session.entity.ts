import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One login on one device. Its refresh tokens (refresh_session, family_id = this id) rotate; its
 * access tokens carry this id as `sid`. Ended by logout, "log out everywhere", a password change
 * (the others), deactivation or refresh-token reuse; over after REFRESH_TOKEN_TTL_DAYS unused or
 * SESSION_ABSOLUTE_DAYS after login.
 */
@Entity('auth_session')
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** The last login or renewal (not every request: that would cost a write per request). */
  @Column({ type: 'timestamptz' })
  lastUsedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;
}
