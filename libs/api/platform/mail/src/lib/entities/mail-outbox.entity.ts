import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MailOutboxStatus = 'pending' | 'sent' | 'failed';

/** One requested mail (table from migrations 1700000003000 and 1700000007400). */
@Entity('mail_outbox')
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar' })
  to!: string;

  @Column({ type: 'varchar' })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', nullable: true })
  html!: string | null;

  /** The live credential inside text/html while the mail is pending; removed with it once sent (never selected by default). */
  @Column({ type: 'text', nullable: true, select: false })
  secret?: string | null;

  @Column({ type: 'varchar' })
  kind!: string;

  @Column({ type: 'varchar', default: 'pending' })
  status!: MailOutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
