import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Bundesland, Channel } from '@ecampus/shared/contracts';

/** A participant's profile within one program, kept for matching (distance, shared channels). */
@Entity('program_profile')
export class ProgramProfileEntity {
  @PrimaryColumn('uuid')
  programId!: string;

  @PrimaryColumn('uuid')
  userId!: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  municipality!: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  bundesland!: Bundesland | null;

  @Column({ type: 'char', length: 5, nullable: true })
  postalCode!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  office!: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  channels!: Channel[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
