/**
 * The ledger's `sending` mark of one delivery, written once however many messages ask for it. A
 * poster that announces its sends calls it right before each platform call (after waiting for the
 * rate limits), so a process killed while its digests wait in a platform queue leaves them
 * `claimed` (taken over and sent by another process), not `sending` (never repeated where the
 * platform does not drop repeats, so lost). Resolves false when the mark was not written: the claim
 * was taken over meanwhile, or the database could not be reached; the poster then sends nothing.
 */
export class SendingMark {
  private written: Promise<boolean> | undefined;
  private refused = false;

  constructor(
    private readonly write: () => Promise<boolean>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Writes the mark (the first call only); whether the caller may send. */
  readonly ask = (): Promise<boolean> => {
    this.written ??= this.write().then(
      (owned) => {
        this.refused = !owned;
        return owned;
      },
      (error: unknown) => {
        this.refused = true;
        this.onError(error);
        return false;
      },
    );
    return this.written;
  };

  /** Whether the mark was asked for and refused: nothing was sent for this delivery. */
  wasRefused(): boolean {
    return this.refused;
  }
}
