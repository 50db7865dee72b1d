import { Presets, SingleBar } from 'cli-progress';

/**
 * A progress bar with a rate on stderr, for long auditor and operator runs: redrawn in place on a
 * terminal, a line every second otherwise. `finish` draws the end and gives the run's duration and
 * rate; `stop` must follow in a `finally`, since the bar's timer keeps the process alive.
 */
export class ProgressBar {
  private readonly started = performance.now();
  private readonly bar: SingleBar;

  constructor(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
    this.bar = new SingleBar(
      {
        stream,
        format: `${label} [{bar}] {percentage}% {value}/{total} · {rate} events/s`,
        formatValue: (value, _options, type) => (type === 'value' || type === 'total' ? value.toLocaleString('en') : String(value)),
        barsize: 24,
        noTTYOutput: true,
        notTTYSchedule: 1000,
        hideCursor: false,
      },
      Presets.legacy,
    );
    this.bar.start(Math.max(total, 0), 0, { rate: '0' });
  }

  update(done: number, total?: number): void {
    if (total !== undefined) this.bar.setTotal(total);
    this.bar.update(done, { rate: this.rate(done).toLocaleString('en') });
  }

  finish(done: number): { seconds: number; perSecond: number } {
    this.bar.update(done, { rate: this.rate(done).toLocaleString('en') });
    this.stop();
    const seconds = (performance.now() - this.started) / 1000;
    return { seconds: Number(seconds.toFixed(3)), perSecond: this.rate(done) };
  }

  /** Stops the bar's timer; it may be called again. */
  stop(): void {
    this.bar.stop();
  }

  private rate(done: number): number {
    return Math.round(done / Math.max((performance.now() - this.started) / 1000, 0.001));
  }
}
