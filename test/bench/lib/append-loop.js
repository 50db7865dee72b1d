'use strict';
/**
 * Runs `writers` concurrent loops of appends, first briefly to warm up (not counted), then until
 * `maxEvents` events are written or `seconds` have passed, whichever comes first. The same loop
 * drives every store: ours, the raw INSERT ceilings and the Emmett peers (which import this file).
 *
 * `appendOnce(sequence)` performs one append and answers how many events it wrote.
 */
async function measureAppends(appendOnce, { writers = 1, maxEvents, seconds, warmupSeconds = 0.5 }) {
  let sequence = 0;
  const run = async (untilMs, eventLimit, latencies) => {
    let events = 0;
    const loop = async () => {
      while (performance.now() < untilMs && events < eventLimit) {
        const started = performance.now();
        const written = await appendOnce(sequence++); // not `events += await ...`: the loops run concurrently
        events += written;
        latencies?.push(performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: writers }, loop));
    return events;
  };
  await run(performance.now() + warmupSeconds * 1000, Infinity);
  const latencies = [];
  const started = performance.now();
  const events = await run(started + seconds * 1000, maxEvents, latencies);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return {
    writers,
    events,
    appends: latencies.length,
    seconds: elapsed,
    eventsPerSecond: events / elapsed,
    appendP50Ms: percentile(50),
    appendP99Ms: percentile(99),
  };
}

module.exports = { measureAppends };
