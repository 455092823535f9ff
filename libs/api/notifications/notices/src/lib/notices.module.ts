import { Module } from '@nestjs/common';
import { RealtimeEmitterModule } from '@ecampus/api/platform/realtime';
import { NoticeWriter } from './notice-writer';

/**
 * Writing notices (NoticeWriter), for any domain that declares `notifications` in its `uses`
 * (libs/domains.json) — in the API or in the worker (certificates' renderer). Needs the process's
 * database connection (DatabaseModule) and Redis for the push.
 */
@Module({ imports: [RealtimeEmitterModule], providers: [NoticeWriter], exports: [NoticeWriter] })
export class NoticesModule {}
