/**
 * A progress bar with a rate on stderr, for long auditor and operator runs. On a terminal it
 * redraws one line; otherwise it prints a line at every tenth of the way.
 */
export class Progress {
  private readonly started = performance.now();
  private lastTenth = -1;

  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, total: number): void {
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const line = `${this.label} ${bar(fraction)} ${(fraction * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} · ${this.rate(done)}`;
    if (this.stream.isTTY) {
      this.stream.write(`\r${line}`);
    } else {
      const tenth = Math.floor(fraction * 10);
      if (tenth > this.lastTenth) {
        this.lastTenth = tenth;
        this.stream.write(`${line}\n`);
      }
    }
  }

  finish(done: number): { seconds: number; perSecond: number } {
    const seconds = (performance.now() - this.started) / 1000;
    if (this.stream.isTTY) this.stream.write('\n');
    return { seconds: Number(seconds.toFixed(3)), perSecond: Math.round(done / Math.max(seconds, 0.001)) };
  }

  private rate(done: number): string {
    const seconds = (performance.now() - this.started) / 1000;
    return `${Math.round(done / Math.max(seconds, 0.001)).toLocaleString('en')} events/s`;
  }
}

function bar(fraction: number, width = 24): string {
  const filled = Math.round(fraction * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}
