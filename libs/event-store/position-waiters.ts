/**
 * Callers waiting until a follower of the log (a projection runner, the relay) has reached a
 * position: each resolves true once `reached` passes its position, false when its time is up.
 */
export class PositionWaiters {
  private waiters: Array<{ position: bigint; resolve: () => void }> = [];

  /** Resolves true at once when `current` is already at `position`, else once `reached` gets there. */
  waitFor(current: bigint, position: bigint, timeoutMs: number): Promise<boolean> {
    if (current >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = { position, resolve: () => resolve(true) };
      this.waiters.push(waiter);
      setTimeout(() => {
        this.waiters = this.waiters.filter((other) => other !== waiter);
        resolve(false);
      }, timeoutMs).unref();
    });
  }

  /** The follower is now at `position`: every caller waiting for it or less is answered. */
  reached(position: bigint): void {
    this.waiters = this.waiters.filter((waiter) => {
      if (waiter.position > position) return true;
      waiter.resolve();
      return false;
    });
  }
}
