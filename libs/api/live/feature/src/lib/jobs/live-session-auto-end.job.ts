import { Injectable } from '@nestjs/common';
import type { Job, JobHandler } from '@ecampus/api/platform/queue';
import { LiveSessionLifecycle, type AutoEndOutcome } from '../schedule/live-session-lifecycle';

export interface LiveSessionAutoEndJobData {
  sessionId: string;
  /** The planned end (epoch ms) this job was made for; part of its job id, so a moved end gets a new job. */
  endsAt: number;
}

/**
 * Ends a session left open, LIVE_AUTO_END_GRACE_MINUTES after its planned end (a delayed job, not
 * a timer loop). The same path as `POST …/end`, `session:status` included; a no-op when the session
 * ended, was deleted, or its end moved later.
 */
@Injectable()
export class LiveSessionAutoEndJob implements JobHandler<LiveSessionAutoEndJobData> {
  constructor(private readonly lifecycle: LiveSessionLifecycle) {}

  handle(data: LiveSessionAutoEndJobData, _job?: Job<LiveSessionAutoEndJobData>, now = new Date()): Promise<AutoEndOutcome> {
    return this.lifecycle.autoEnd(data.sessionId, now);
  }
}
