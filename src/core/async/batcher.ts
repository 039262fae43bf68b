/** At most this many calls go into one statement. */
const MAX_BATCH = 1000;

export interface BatcherOptions {
  /**
   * One batch at a time, in the order the calls came: a call never takes effect before an earlier
   * one (the next batch, holding what came meanwhile, starts when the last has answered).
   */
  readonly ordered?: boolean;
}

interface Call<In, Out> {
  readonly input: In;
  readonly resolve: (out: Out) => void;
  readonly reject: (e: unknown) => void;
}

/**
 * Gathers the calls made in one turn of the event loop into one batch: `run` gets their inputs and
 * answers one output per input, in order (one round trip for many channels' ledger rows, or for
 * the jobs that ended in one turn). A batch that fails rejects each of its calls with the error.
 */
export class Batcher<In, Out> {
  private pending: Call<In, Out>[] = [];
  private scheduled = false;
  private running = false;

  constructor(
    private readonly run: (inputs: readonly In[]) => Promise<readonly Out[]>,
    private readonly options: BatcherOptions = {},
  ) {}

  load(input: In): Promise<Out> {
    return new Promise((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || (this.options.ordered === true && this.running)) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.options.ordered === true) this.flushOne();
      else this.flushAll();
    });
  }

  private flushAll(): void {
    const calls = this.pending;
    this.pending = [];
    for (let start = 0; start < calls.length; start += MAX_BATCH)
      void this.runBatch(calls.slice(start, start + MAX_BATCH));
  }

  /** The oldest calls, then (when they have answered) the next ones. */
  private flushOne(): void {
    const batch = this.pending.slice(0, MAX_BATCH);
    this.pending = this.pending.slice(batch.length);
    if (batch.length === 0) return;
    this.running = true;
    void this.runBatch(batch).finally(() => {
      this.running = false;
      if (this.pending.length > 0) this.schedule();
    });
  }

  private runBatch(batch: readonly Call<In, Out>[]): Promise<void> {
    return this.run(batch.map((call) => call.input)).then(
      (outputs) => batch.forEach((call, i) => call.resolve(outputs[i] as Out)),
      (error: unknown) => batch.forEach((call) => call.reject(error)),
    );
  }
}
