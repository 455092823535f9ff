import { LiveSessions1796000000000 } from './1796000000000-live-sessions';
import { LiveReminders1796000000100 } from './1796000000100-live-reminders';
import { LiveMedia1796000000200 } from './1796000000200-live-media';
import { LiveBreakouts1796000000300 } from './1796000000300-live-breakouts';

/** Live's migrations. Listed in the app's migration list (apps/api/src/migrations.ts). */
export const LIVE_MIGRATIONS = [LiveSessions1796000000000, LiveReminders1796000000100, LiveMedia1796000000200, LiveBreakouts1796000000300];
