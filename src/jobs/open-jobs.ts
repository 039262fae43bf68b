import type { JobQueue } from '../core/ports/job-queue.js';
import type { Logger } from '../core/ports/logger.js';
import { createInProcessJobs } from './in-process-jobs.js';

export interface OpenJobsOptions {
  readonly maintenanceSeconds?: number;
  readonly pollSeconds?: number;
}

/**
 * The job queue that fits DATABASE_URL: PostgreSQL, which a fleet shares, gets pg-boss (loaded only
 * then); SQLite, one process, runs its jobs in process.
 */
export async function openJobs(
  databaseUrl: string,
  logger: Logger,
  options: OpenJobsOptions = {},
): Promise<JobQueue> {
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) return createInProcessJobs(logger);
  const { createPgBossJobs } = await import('./pg-boss-jobs.js');
  return createPgBossJobs({ databaseUrl, logger, ...options });
}
