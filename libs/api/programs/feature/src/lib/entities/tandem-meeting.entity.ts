import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MeetingFormat } from '@ecampus/shared/contracts';

/** One entry of a tandem's meeting log. */
@Entity('tandem_meeting')
export class TandemMeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tandemId!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'varchar', length: 20 })
  format!: MeetingFormat;

  @Column({ type: 'integer' })
  durationMinutes!: number;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
