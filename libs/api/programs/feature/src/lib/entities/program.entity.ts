import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ProgramMode, ProgramStatus } from '@ecampus/shared/contracts';

/** A mentoring program (cohort). Dates are `YYYY-MM-DD` strings: a date has no time zone. */
@Entity('program')
export class ProgramEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 20 })
  mode!: ProgramMode;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: ProgramStatus;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'date', nullable: true })
  applicationDeadline!: string | null;

  @Column({ type: 'boolean', default: true })
  freeOfCharge!: boolean;

  @Column({ type: 'varchar', length: 2000, default: '' })
  timeCommitment!: string;

  @Column({ type: 'varchar', length: 120, default: '' })
  contactName!: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** When an admin archived the program; null while it is not archived. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
