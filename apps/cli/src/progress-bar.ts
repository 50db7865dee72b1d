import { Presets, SingleBar } from 'cli-progress';

/**
 * A progress bar with a rate on stderr, for long auditor and operator runs: redrawn in place on a
 * terminal, a line every second otherwise. It appears with the first update. `finish` draws the
 * end and gives the run's duration and rate; `stop` must follow in a `finally`, since the bar's
 * timer keeps the process alive.
 */
export class ProgressBar {
  private readonly started = performance.now();
  private readonly bar: SingleBar;
  private drawing = false;

  constructor(
    label: string,
    private total: number,
    stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.bar = new SingleBar(
      {
        stream,
        format: `${label} [{bar}] {percentage}% {value}/{total} · {rate} events/s`,
        formatValue: (value, _options, type) => (type === 'value' || type === 'total' ? value.toLocaleString('en') : String(value)),
        barsize: 24,
        noTTYOutput: true,
        notTTYSchedule: 1000,
        hideCursor: false,
        // On a terminal the finished bar stays on its line; elsewhere every draw already ended its own.
        clearOnComplete: !stream.isTTY,
      },
      Presets.legacy,
    );
  }

  update(done: number, total: number = this.total): void {
    const payload = { rate: this.rate(done).toLocaleString('en') };
    if (!this.drawing) {
      this.drawing = true;
      this.bar.start(total, done, payload);
    } else if (total !== this.total) {
      this.bar.setTotal(total);
    }
    this.total = total;
    this.bar.update(done, payload);
  }

  finish(done: number): { seconds: number; perSecond: number } {
    this.update(done);
    this.stop();
    const seconds = (performance.now() - this.started) / 1000;
    return { seconds: Number(seconds.toFixed(3)), perSecond: this.rate(done) };
  }

  /** Stops the bar's timer; it may be called again. */
  stop(): void {
    if (this.drawing) this.bar.stop();
    this.drawing = false;
  }

  private rate(done: number): number {
    return Math.round(done / Math.max((performance.now() - this.started) / 1000, 0.001));
  }
}
