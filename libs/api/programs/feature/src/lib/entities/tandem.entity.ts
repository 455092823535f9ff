import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TandemStatus } from '@ecampus/shared/contracts';

/** Mentor + mentee of one program. Partial unique indexes keep one active tandem per person. */
@Entity('tandem')
export class TandemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  programId!: string;

  @Column({ type: 'uuid' })
  mentorId!: string;

  @Column({ type: 'uuid' })
  menteeId!: string;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  status!: TandemStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  endReason!: string | null;

  @Column({ type: 'text', default: '' })
  goals!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
}
