'use strict';
/**
 * Turns the figures of one run into the console table, bench-results/results.md (Markdown tables)
 * and bench-results/results.svg (one bar chart per section, each bar with its figure and ratio).
 */

const number = (value, digits = 0) =>
  value === undefined || value === null || Number.isNaN(value) ? 'n/a' : Number(value).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ratio = (value) => (value === undefined || value === null || !Number.isFinite(value) ? '' : `${value.toFixed(2)}×`);
const percent = (value) => (value === undefined || !Number.isFinite(value) ? '' : `${(value * 100).toFixed(0)} %`);
const verdict = (met) => (met === undefined ? '' : met ? 'met' : 'missed');

/** "p50 …, p99 …, max …; N requests, … not 2xx, … errors" of an HTTP measurement. */
const latencies = (row) =>
  `p50 ${number(row.latencyP50Ms, 1)} ms, p99 ${number(row.latencyP99Ms, 1)} ms, max ${number(row.latencyMaxMs)} ms; ${number(row.requests)} requests, ${row.non2xx} not 2xx, ${row.errors} errors`;

/**
 * One row of a section: its label, ratio and target as the measurement gives them unless `shown` says
 * otherwise; `value`, `detail` and `summary` are functions of the measurement, left out when it failed.
 */
function entry(section, row, { value, detail, summary, ...shown }) {
  return {
    section,
    label: row.label,
    ratio: row.ratio,
    ratioOf: row.ratioOf,
    target: row.target,
    targetValue: row.targetValue,
    met: row.met,
    ...shown,
    value: row.error ? undefined : value(row),
    summary: row.error || !summary ? undefined : summary(row),
    detail: row.error ? `failed: ${row.error}` : detail(row),
  };
}

/**
 * Every row of every section, in a shape the three outputs share:
 * { section, label, value, unit, ratio?, ratioOf?, summary? (the console's), detail?, target?, met? }
 */
function rowsOf(results) {
  const perProcess = (counts) => counts.map((count) => number(count)).join(' / ');
  const scale = results.scale ?? [];
  const calendar = results.calendar ?? [];
  const logSize = results.logSize ?? [];
  return [
    ...results.append.map((row) =>
      entry(`Append, ${row.store}`, row, {
        label: `${row.who}, ${row.eventsPerAppend === 1 ? 'single events' : `batches of ${row.eventsPerAppend}`}, ${row.writers} writer${row.writers > 1 ? 's' : ''}`,
        value: (measured) => measured.eventsPerSecond,
        unit: 'events/s',
        ratio: row.ratioToCeiling,
        ratioOf: 'of the raw ceiling',
        detail: (measured) => `append p50 ${number(measured.appendP50Ms, 2)} ms, p99 ${number(measured.appendP99Ms, 2)} ms; ours ÷ Emmett ${ratio(measured.oursOverEmmett)}`.replace(/; ours ÷ Emmett $/, ''),
      }),
    ),
    ...results.rebuild.map((row) =>
      entry('Rebuild and read-and-fold', row, {
        value: (measured) => measured.eventsPerSecond,
        unit: 'events/s',
        detail: (measured) => [`${number(measured.events)} events in ${number(measured.seconds, 1)} s`, measured.peakRssMb && `peak RSS ${number(measured.peakRssMb)} MB`, measured.note].filter(Boolean).join('; '),
      }),
    ),
    ...(results.kafka ?? []).map((row) =>
      entry('Kafka (client side, against the mock cluster)', row, {
        value: (measured) => measured.eventsPerSecond,
        unit: 'events/s',
        detail: (measured) => `${number(measured.events)} events in ${number(measured.seconds, 1)} s`,
      }),
    ),
    ...scale.filter((row) => row.kind === 'api').map((row) =>
      entry('Scale-out: API processes on one PostgreSQL (POST /v1/consultations)', row, {
        value: (measured) => measured.requestsPerSecond,
        unit: 'requests/s',
        summary: (measured) => `p99 ${number(measured.latencyP99Ms)} ms, ${measured.non2xx} not 2xx`,
        detail: (measured) =>
          `p50 ${number(measured.latencyP50Ms, 1)} ms, p99 ${number(measured.latencyP99Ms, 1)} ms; ${number(measured.requests)} requests over ${measured.connections} connections (${perProcess(measured.requestsPerProcess)} per process), ${measured.non2xx} not 2xx, ${measured.errors} errors${measured.serverCpuMsPerRequest === undefined ? '' : `; CPU per request: API processes ${number(measured.serverCpuMsPerRequest, 2)} ms`}${measured.databaseCpuMsPerRequest === undefined ? '' : `, PostgreSQL ${number(measured.databaseCpuMsPerRequest, 2)} ms`}`,
      }),
    ),
    ...scale.filter((row) => row.kind === 'projector').map((row) =>
      entry('Scale-out: projector processes in one consumer group (mock Kafka cluster)', row, {
        value: (measured) => measured.eventsPerSecond,
        unit: 'events/s',
        summary: (measured) => `applied ${perProcess(measured.appliedPerConsumer)}`,
        detail: (measured) =>
          `${number(measured.events)} events in ${number(measured.seconds, 1)} s; applied per process ${perProcess(measured.appliedPerConsumer)}, ${number(measured.skipped)} skipped, ${number(measured.deadLettered)} dead-lettered`,
      }),
    ),
    ...calendar.filter((row) => row.kind === 'mix').map((row) =>
      entry('Expert calendar: HTTP mix over time', row, {
        value: (measured) => measured.requestsPerSecond,
        unit: 'requests/s',
        detail: (measured) => `server CPU ${number(measured.serverCpuMsPerRequest, 2)} ms/request; ${number(measured.refused)} refused; ${number(measured.bookingsPerExpert)} bookings per expert at the end`,
      }),
    ),
    ...calendar.filter((row) => row.kind !== 'mix').map((row) => {
      const decide = row.kind === 'decide';
      return entry('Expert calendar (command side)', row, {
        value: (measured) => (decide ? measured.microsecondsPerDecision : measured.loadMs),
        unit: decide ? 'µs/decision' : 'ms/load',
        digits: 1,
        detail: (measured) => (decide ? `${number(measured.decisions)} decisions` : `${number(measured.events)} events, median of ${measured.loads} loads`),
      });
    }),
    ...results.http.map((row) =>
      entry('HTTP POST /v1/consultations', row, {
        value: (measured) => measured.requestsPerSecond,
        unit: 'requests/s',
        detail: (measured) => `${latencies(measured)}${measured.serverCpuMsPerRequest === undefined ? '' : `; server CPU ${number(measured.serverCpuMsPerRequest, 2)} ms/request`}`,
      }),
    ),
    ...logSize.map((row) =>
      entry('Log size: the embedded application (SQLite) on an empty log and on a long one', row, {
        value: (measured) => measured.requestsPerSecond,
        unit: 'requests/s',
        detail: (measured) =>
          `${latencies(measured)}; server CPU ${number(measured.serverCpuMsPerRequest, 2)} ms/request${measured.cpuRatio === undefined ? '' : ` (${ratio(measured.cpuRatio)} the empty log's)`}; ${number(measured.logEventsAtStart)} events in the log at start (${number(measured.eventsFileMb)} MB), serving after ${number(measured.startSeconds, 1)} s`,
      }),
    ),
    ...logSize.map((row) =>
      entry('Log size: peak resident memory of the embedded process', row, {
        value: (measured) => measured.rssMaxMb,
        unit: 'MB',
        ratio: undefined,
        ratioOf: undefined,
        detail: (measured) => `sampled every second of the ${measured.seconds} s measured, after a ${measured.warmUpSeconds} s warm-up: min ${number(measured.rssMinMb)}, max ${number(measured.rssMaxMb)}, last ${number(measured.rssLastMb)} MB`,
        target: row.budgetTarget,
        targetValue: row.budgetTarget ? results.settings.targets.embeddedRssBudgetMb : undefined,
        met: row.budgetMet,
      }),
    ),
    ...logSize.map((row) =>
      entry('Log size: highest resident memory, second half of the run', row, {
        value: (measured) => measured.rssSecondHalfPeakMb,
        unit: 'MB',
        ratio: row.memoryRatio,
        ratioOf: "of the first half's highest",
        detail: (measured) => `first half's highest ${number(measured.rssFirstHalfPeakMb)} MB; ${number(measured.rssAfterWarmUpMb)} MB at the end of the warm-up, ${number(measured.rssLastMb)} MB at the end`,
        target: row.flatTarget,
        met: row.flatMet,
      }),
    ),
  ];
}

function consoleTable(results) {
  const lines = [];
  let section;
  for (const row of rowsOf(results)) {
    if (row.section !== section) {
      section = row.section;
      lines.push('', `  ${section}`);
    }
    const figure = `${number(row.value, row.digits ?? 0)} ${row.unit}`.padStart(20);
    const share = row.ratio === undefined ? '' : `${ratio(row.ratio)} ${row.ratioOf}`;
    lines.push(`    ${row.label.padEnd(58)} ${figure}  ${[share, row.summary].filter(Boolean).join('; ')}`);
    if (row.target) lines.push(`    ${''.padEnd(58)} target ${row.target}: ${verdict(row.met)}`);
  }
  return lines.join('\n');
}

function markdown(results) {
  const { machine, settings } = results;
  const out = [];
  out.push('# Benchmark results', '');
  out.push(`Run ${results.startedAt} (${number(results.seconds)} s) on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}; PostgreSQL ${machine.postgres?.server_version ?? 'n/a'} (fsync ${machine.postgres?.fsync}, synchronous_commit ${machine.postgres?.synchronous_commit}).`);
  out.push('');
  out.push(`Settings: BENCH_EVENTS=${settings.events}, BENCH_APPEND_SECONDS=${settings.appendSeconds}, BENCH_BATCH_SIZE=${settings.batchSize}, BENCH_PG_WRITERS=${settings.postgresWriters.join(',')}, BENCH_REBUILD_EVENTS=${settings.rebuildEvents}, BENCH_PG_FOLD_EVENTS=${settings.postgresFoldEvents}, BENCH_KAFKA_EVENTS=${settings.kafkaEvents}, BENCH_HTTP_SECONDS=${settings.httpSeconds}, BENCH_HTTP_CONNECTIONS=${settings.httpConnections}, BENCH_LOGSIZE_WARMUP_SECONDS=${settings.logSizeWarmupSeconds}, BENCH_LOGSIZE_SECONDS=${settings.logSizeSeconds}, BENCH_SCALE_PROCESSES=${settings.scaleApiProcesses.join(',')}, BENCH_SCALE_CONSUMERS=${settings.scaleConsumers.join(',')}. How each figure is made: test/bench/README.md.`);
  let section;
  for (const row of rowsOf(results)) {
    if (row.section !== section) {
      section = row.section;
      out.push('', `## ${section}`, '', '| what | figure | ratio | target | notes |', '|---|--:|--:|---|---|');
    }
    const share = row.ratio === undefined ? '' : `${ratio(row.ratio)} ${row.ratioOf}`;
    const target = row.target ? `${row.target}: **${verdict(row.met)}**` : '';
    out.push(`| ${row.label} | ${number(row.value, row.digits ?? 0)} ${row.unit} | ${share} | ${target} | ${row.detail ?? ''} |`);
  }
  if (results.notes?.length) out.push('', '## Notes', '', ...results.notes.map((note) => `- ${note}`));
  out.push('');
  return out.join('\n');
}

const escapeXml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Grey for ceilings and the bare route, red for Emmett, green for our full stack, blue for the rest of ours. */
function colourOf(label) {
  if (label.startsWith('raw') || label.startsWith('bare')) return '#9c9c9c';
  if (label.startsWith('Emmett')) return '#e15759';
  if (label.startsWith('full stack')) return '#59a14f';
  return '#4e79a7';
}

/** Horizontal bars, one panel per section, each panel on its own linear scale. */
function svgChart(results) {
  const width = 1500;
  const labelWidth = 500;
  const barArea = 420;
  const rowHeight = 22;
  const parts = [];
  let y = 66;
  const sections = new Map();
  for (const row of rowsOf(results)) {
    if (!sections.has(row.section)) sections.set(row.section, []);
    sections.get(row.section).push(row);
  }
  for (const [section, rows] of sections) {
    // A target drawn as a tick on its bar's row, so the scale reaches it too.
    const max = Math.max(...rows.map((row) => Math.max(row.value ?? 0, row.targetValue ?? 0)), 1);
    parts.push(`<text x="10" y="${y}" font-size="15" font-weight="bold">${escapeXml(section)} (${escapeXml(rows[0].unit)})</text>`);
    y += 10;
    rows.forEach((row) => {
      const barWidth = row.value ? Math.max(1, (row.value / max) * barArea) : 0;
      const colour = colourOf(row.label);
      const share = row.ratio === undefined ? '' : `  ${ratio(row.ratio)}`;
      parts.push(`<text x="${labelWidth - 8}" y="${y + 15}" font-size="12" text-anchor="end">${escapeXml(row.label)}</text>`);
      parts.push(`<rect x="${labelWidth}" y="${y + 3}" width="${barWidth.toFixed(1)}" height="${rowHeight - 6}" fill="${colour}"/>`);
      const verdictText = row.target ? `  (target ${row.target}: ${verdict(row.met)})` : '';
      parts.push(`<text x="${labelWidth + barWidth + 6}" y="${y + 15}" font-size="12">${escapeXml(`${number(row.value, row.digits ?? 0)}${share}${verdictText}`)}</text>`);
      if (row.targetValue) {
        const at = labelWidth + (row.targetValue / max) * barArea;
        parts.push(`<line x1="${at.toFixed(1)}" y1="${y + 1}" x2="${at.toFixed(1)}" y2="${y + rowHeight - 1}" stroke="${row.met ? '#59a14f' : '#e15759'}" stroke-width="2" stroke-dasharray="3,2"/>`);
      }
      y += rowHeight;
    });
    y += 28;
  }
  const title = `telemed-backbone benchmark, ${results.startedAt} (${results.machine.cpus} cores, Node ${results.machine.node})`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="22" font-size="17" font-weight="bold">${escapeXml(title)}</text>`,
    `<text x="10" y="42" font-size="12" fill="#555">${escapeXml('Ratios: append rows to the best raw INSERT ceiling of their group; Emmett read-and-fold rows: ours ÷ Emmett; the application: share of the bare route; log size: share of the empty log\'s throughput, and last RSS ÷ RSS at the end of warm-up; scale-out rows: to the fewest processes.')}</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

module.exports = { consoleTable, markdown, svgChart, number, ratio, percent };
