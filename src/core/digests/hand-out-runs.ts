import { newComposeRun, type ComposeRun } from './compose-digest.js';

/** Hand-outs whose compose runs are kept: the fleet's processes each hand out every minute. */
const KEPT = 4;

/**
 * The compose run each hand-out of digest jobs shares (by its instant, ms): the jobs of one
 * hand-out compose as of it, so channels that ask the same share one digest across its jobs.
 */
export class HandOutRuns {
  private readonly runs = new Map<number, ComposeRun>();

  of(at: number): ComposeRun {
    let run = this.runs.get(at);
    if (!run) {
      this.runs.set(at, (run = newComposeRun()));
      for (const old of this.runs.keys()) if (this.runs.size > KEPT) this.runs.delete(old);
    }
    return run;
  }
}
