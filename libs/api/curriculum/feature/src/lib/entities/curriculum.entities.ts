import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ModuleHistoryAction, ModuleStatus } from '@ecampus/shared/contracts';

/*
 * The tables of src/migrations (the schema comes from there, never from these classes). The
 * repositories query with SQL; the entities document the columns and feed TypeORM's metadata.
 */

/** A seminar module of a program. */
@Entity('curriculum_module')
export class CurriculumModuleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) programId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text' }) summary!: string;
  @Column({ type: 'text', array: true }) learningGoals!: string[];
  @Column({ type: 'integer' }) position!: number;
  @Column({ type: 'varchar', length: 20 }) status!: ModuleStatus;
  @Column({ type: 'timestamptz', nullable: true }) releaseAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) prerequisiteModuleId!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

/** A lesson of a module (Markdown body). */
@Entity('curriculum_lesson')
export class CurriculumLessonEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) moduleId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) videoUrl!: string | null;
  @Column({ type: 'integer', nullable: true }) estimatedMinutes!: number | null;
  @Column({ type: 'integer' }) position!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

/** A participant completed a lesson. */
@Entity('lesson_completion')
export class LessonCompletionEntity {
  @PrimaryColumn({ type: 'uuid' }) lessonId!: string;
  @PrimaryColumn({ type: 'uuid' }) userId!: string;
  @Column({ type: 'timestamptz' }) completedAt!: Date;
}

/** One entry of a module's edit history. */
@Entity('module_revision')
export class ModuleRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) moduleId!: string;
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'varchar', length: 30 }) action!: ModuleHistoryAction;
  @Column({ type: 'uuid', nullable: true }) lessonId!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) lessonTitle!: string | null;
  @Column({ type: 'jsonb' }) changes!: Record<string, { from: unknown; to: unknown }>;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
