import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThan, type Repository } from 'typeorm';
import { HealthCheckJobEntity } from './entities/health-check-job.entity';

/** The only place that queries `health_check_job`. */
@Injectable()
export class HealthCheckJobRepository {
  constructor(@InjectRepository(HealthCheckJobEntity) private readonly repo: Repository<HealthCheckJobEntity>) {}

  async create(): Promise<HealthCheckJobEntity> {
    const result = await this.repo.insert({});
    return this.repo.findOneByOrFail({ id: result.identifiers[0]['id'] as string });
  }

  findById(id: string): Promise<HealthCheckJobEntity | null> {
    return this.repo.findOneBy({ id });
  }

  async findPendingIds(olderThan: Date, limit: number): Promise<string[]> {
    const rows = await this.repo.find({
      select: { id: true },
      where: { status: 'pending', createdAt: LessThan(olderThan) },
      order: { createdAt: 'ASC' },
      take: limit,
    });
    return rows.map((r) => r.id);
  }

  /** Marks an open row done; a row already done stays as it is (returns false). */
  async markDone(id: string, at: Date, by: string): Promise<boolean> {
    const result = await this.repo.update(
      { id, status: In(['pending', 'processing']) },
      { status: 'done', processedAt: at, processedBy: by },
    );
    return (result.affected ?? 0) > 0;
  }
}
