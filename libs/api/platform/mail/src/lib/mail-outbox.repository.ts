import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, type EntityManager, type FindOptionsWhere, type Repository } from 'typeorm';
import { MailOutboxEntity } from './entities/mail-outbox.entity';
import type { OutboxMailQuery, OutgoingMail } from './mail.types';

/** A mail's text and html without its secret, which replace the stored ones when the secret goes. */
export interface RedactedContent {
  text: string;
  html: string | null;
}

/** The only place that queries `mail_outbox`. */
@Injectable()
export class MailOutboxRepository {
  constructor(@InjectRepository(MailOutboxEntity) private readonly repo: Repository<MailOutboxEntity>) {}

  private on(manager?: EntityManager): Repository<MailOutboxEntity> {
    return manager ? manager.getRepository(MailOutboxEntity) : this.repo;
  }

  async insert(mail: OutgoingMail, manager?: EntityManager): Promise<string> {
    const result = await this.on(manager).insert({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      kind: mail.kind,
      secret: mail.secret ?? null,
    });
    return result.identifiers[0]['id'] as string;
  }

  /** With its secret (the sender needs it; nothing else reads it). */
  findById(id: string): Promise<MailOutboxEntity | null> {
    return this.repo.createQueryBuilder('m').addSelect('m.secret').where('m.id = :id', { id }).getOne();
  }

  /** Newest first. */
  find(query: OutboxMailQuery): Promise<MailOutboxEntity[]> {
    const where: FindOptionsWhere<MailOutboxEntity> = {};
    if (query.id) where.id = query.id;
    if (query.to) where.to = query.to;
    if (query.kind) where.kind = query.kind;
    return this.repo.find({ where, order: { createdAt: 'DESC' }, take: 100 });
  }

  async findPendingIds(olderThan: Date, limit: number): Promise<string[]> {
    const rows = await this.repo.find({
      select: { id: true },
      where: { status: 'pending', createdAt: LessThan(olderThan), sentAt: IsNull() },
      order: { createdAt: 'ASC' },
      take: limit,
    });
    return rows.map((r) => r.id);
  }

  /** Counts an attempt before the transport runs, so a crash mid-send still shows up. */
  async recordAttempt(id: string): Promise<void> {
    await this.repo.increment({ id, status: 'pending' }, 'attempts', 1);
  }

  /** `redacted`: the content without the secret, stored in the same update that drops the secret. */
  async markSent(id: string, at: Date, redacted?: RedactedContent): Promise<void> {
    await this.repo.update({ id, status: 'pending' }, { status: 'sent', sentAt: at, lastError: null, ...withoutSecret(redacted) });
  }

  /** A final failure drops the secret too: nobody will send this mail any more. */
  async recordFailure(id: string, error: string, final: boolean, redacted?: RedactedContent): Promise<void> {
    await this.repo.update(
      { id, status: 'pending' },
      { lastError: error.slice(0, 2000), ...(final ? { status: 'failed' as const, ...withoutSecret(redacted) } : {}) },
    );
  }
}

const withoutSecret = (redacted: RedactedContent | undefined) =>
  redacted ? { text: redacted.text, html: redacted.html, secret: null } : {};
