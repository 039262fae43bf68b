import { silentLogger } from '../../src/core/ports/logger.js';
import { createInProcessJobs } from '../../src/jobs/in-process-jobs.js';
import { jobQueueContract } from '../contracts/job-queue.contract.js';

jobQueueContract('in process', () =>
  Promise.resolve({ open: () => Promise.resolve(createInProcessJobs(silentLogger)) }),
);
