import { UnrecoverableError, type Job } from 'bullmq';
import { JobDispatcher, type JobHandler } from './job';

class GreetJob implements JobHandler<{ name: string }> {
  seen: string[] = [];
  async handle(data: { name: string }) {
    this.seen.push(data.name);
    return `Hallo ${data.name}`;
  }
}

class TestDispatcher extends JobDispatcher {
  constructor(greet: GreetJob) {
    super([greet]);
  }
}

const job = (name: string, data: unknown) => ({ name, data, queueName: 'test' }) as Job;

describe('JobDispatcher', () => {
  it('routes a job by its class name', async () => {
    const greet = new GreetJob();
    await expect(new TestDispatcher(greet).process(job(GreetJob.name, { name: 'Ada' }))).resolves.toBe('Hallo Ada');
    expect(greet.seen).toEqual(['Ada']);
  });

  it('fails an unknown job name for good (no pointless retries)', async () => {
    await expect(new TestDispatcher(new GreetJob()).process(job('NoSuchJob', {}))).rejects.toBeInstanceOf(UnrecoverableError);
  });
});
