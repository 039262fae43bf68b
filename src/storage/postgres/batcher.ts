/** At most this many calls go into one statement. */
const MAX_BATCH = 1000;

/**
 * Gathers the calls made in one turn of the event loop into one batch: `run` gets their inputs and
 * answers one output per input, in order (one round trip for many channels' ledger rows). A batch
 * that fails rejects each of its calls with the error.
 */
export class Batcher<In, Out> {
  private pending: { input: In; resolve: (out: Out) => void; reject: (e: unknown) => void }[] = [];

  constructor(private readonly run: (inputs: readonly In[]) => Promise<readonly Out[]>) {}

  load(input: In): Promise<Out> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.flush());
      this.pending.push({ input, resolve, reject });
    });
  }

  private flush(): void {
    const calls = this.pending;
    this.pending = [];
    for (let start = 0; start < calls.length; start += MAX_BATCH) {
      const batch = calls.slice(start, start + MAX_BATCH);
      this.run(batch.map((call) => call.input)).then(
        (outputs) => batch.forEach((call, i) => call.resolve(outputs[i] as Out)),
        (error: unknown) => batch.forEach((call) => call.reject(error)),
      );
    }
  }
}
