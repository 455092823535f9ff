import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { HealthCheckJob } from '@ecampus/shared/contracts';

/** A durable queued health probe (table from the init migration). */
@Entity('health_check_job')
export class HealthCheckJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', default: 'pending' })
  status!: HealthCheckJob['status'];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  @Column({ type: 'varchar', nullable: true })
  processedBy!: string | null;
}
