interface Waiting<T> {
  item: T;
  size: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers the items handed over while the previous ones are being applied, and applies them
 * together: every caller waits for the application that included its item, and shares its failure.
 *
 * kafkajs hands each partition's batch to the projector on its own, a few dozen events each when
 * the group follows the log closely; a read-model transaction costs several round trips whatever
 * its size, so the batches of all partitions that arrive together go into one. What arrives during
 * an application waits for the next one, which then takes items in arrival order up to `maxSize`
 * (at least one item, whatever its size).
 */
export class BatchGatherer<T> {
  private readonly waiting: Waiting<T>[] = [];
  private draining = false;

  constructor(
    private readonly apply: (items: T[]) => Promise<void>,
    private readonly maxSize: number,
  ) {}

  /** Resolves once an application that included the item has succeeded; rejects with its error. */
  submit(item: T, size: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ item, size, resolve, reject });
      if (this.draining) return;
      this.draining = true;
      // After the current turn of the event loop: kafkajs hands over one fetch's batches in one turn.
      setImmediate(() => void this.drain());
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const taken = this.takeNext();
      try {
        await this.apply(taken.map(({ item }) => item));
        for (const entry of taken) entry.resolve();
      } catch (error) {
        for (const entry of taken) entry.reject(error);
      }
    }
    this.draining = false;
  }

  private takeNext(): Waiting<T>[] {
    let count = 1;
    let size = this.waiting[0].size;
    while (count < this.waiting.length && size + this.waiting[count].size <= this.maxSize) {
      size += this.waiting[count].size;
      count++;
    }
    return this.waiting.splice(0, count);
  }
}
