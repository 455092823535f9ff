import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ProgramRole } from '@ecampus/shared/contracts';

/** One role of one person in one program; several rows when a person holds several roles. */
@Entity('program_member')
export class ProgramMemberEntity {
  @PrimaryColumn('uuid')
  programId!: string;

  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  role!: ProgramRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
