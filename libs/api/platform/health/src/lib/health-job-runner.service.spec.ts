import type { HealthCheckJobEntity } from './entities/health-check-job.entity';
import { HealthJobRunner } from './health-job-runner.service';

function fakeRepo(rows: HealthCheckJobEntity[]): ConstructorParameters<typeof HealthJobRunner>[0] {
  return {
    findById: async (id: string) => rows.find((r) => r.id === id) ?? null,
    markDone: async (id: string, at: Date, by: string) => {
      const row = rows.find((r) => r.id === id && r.status !== 'done');
      if (!row) return false;
      Object.assign(row, { status: 'done', processedAt: at, processedBy: by });
      return true;
    },
  };
}

describe('HealthJobRunner', () => {
  const row = () => ({ id: 'j1', status: 'pending', createdAt: new Date(), processedAt: null, processedBy: null }) as HealthCheckJobEntity;

  it('marks the request done with host:pid, and a second run keeps the first result', async () => {
    const rows = [row()];
    const runner = new HealthJobRunner(fakeRepo(rows));
    await expect(runner.complete('j1', 'host-a:1')).resolves.toBe('done');
    await expect(runner.complete('j1', 'host-b:2')).resolves.toBe('already-done');
    expect(rows[0]).toMatchObject({ status: 'done', processedBy: 'host-a:1' });
  });

  it('defaults processedBy to this process', async () => {
    const rows = [row()];
    await new HealthJobRunner(fakeRepo(rows)).complete('j1');
    expect(rows[0].processedBy).toMatch(new RegExp(`:${process.pid}$`));
  });

  it('throws (retry) while the row is not visible', async () => {
    await expect(new HealthJobRunner(fakeRepo([])).complete('nope')).rejects.toThrow('nicht gefunden');
  });
});
