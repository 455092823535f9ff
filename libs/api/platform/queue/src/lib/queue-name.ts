/** Every BullMQ queue of eCampus. Keys live under `<REDIS_PREFIX>:<queue>:…`. */
export enum QueueName {
  Health = 'health',
  Mail = 'mail',
  Certificates = 'certificates',
  Reports = 'reports',
}
