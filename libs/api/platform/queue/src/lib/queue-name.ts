/** Every BullMQ queue of eCampus. Keys live under `<REDIS_PREFIX>:<queue>:…`. */
export enum QueueName {
  Health = 'health',
  Mail = 'mail',
  Certificates = 'certificates',
  Reports = 'reports',
  /** Curriculum's scheduled work (the daily review digest). */
  Curriculum = 'curriculum',
  /** Live seminars: reminders, auto-end of sessions left open, the daily retention of room records. */
  Live = 'live',
}
