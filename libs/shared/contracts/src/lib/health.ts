import * as z from 'zod';

export const HealthCheckJobStatusSchema = z.enum(['pending', 'processing', 'done', 'failed']);

/** A durable queued health probe: proves API → Redis → worker → PostgreSQL end to end. */
export const HealthCheckJobSchema = z.object({
  id: z.string().uuid(),
  status: HealthCheckJobStatusSchema,
  createdAt: z.string(),
  processedAt: z.string().nullable(),
  processedBy: z.string().nullable(),
});
export type HealthCheckJob = z.infer<typeof HealthCheckJobSchema>;
