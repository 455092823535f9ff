import { IdParam } from '@ecampus/api/platform/http';
import { liveSessionNotFound } from '../live.errors';

/** A malformed session id answers like an unknown session (404). */
export const LiveSessionId = () => IdParam('sessionId', liveSessionNotFound);
