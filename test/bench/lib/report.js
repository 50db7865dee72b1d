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

/**
 * Every row of every section, in a shape the three outputs share:
 * { section, label, value, unit, ratio?, ratioOf?, summary? (the console's), detail?, target?, met? }
 */
function rowsOf(results) {
  const rows = [];
  for (const row of results.append) {
    rows.push({
      section: `Append, ${row.store}`,
      label: `${row.who}, ${row.eventsPerAppend === 1 ? 'single events' : `batches of ${row.eventsPerAppend}`}, ${row.writers} writer${row.writers > 1 ? 's' : ''}`,
      value: row.error ? undefined : row.eventsPerSecond,
      unit: 'events/s',
      ratio: row.ratioToCeiling,
      ratioOf: 'of the raw ceiling',
      detail: row.error ? `failed: ${row.error}` : `append p50 ${number(row.appendP50Ms, 2)} ms, p99 ${number(row.appendP99Ms, 2)} ms; ours ÷ Emmett ${ratio(row.oursOverEmmett)}`.replace(/; ours ÷ Emmett $/, ''),
    });
  }
  for (const row of results.rebuild) {
    rows.push({
      section: 'Rebuild and read-and-fold',
      label: row.label,
      value: row.error ? undefined : row.eventsPerSecond,
      unit: 'events/s',
      ratio: row.ratio,
      ratioOf: row.ratioOf,
      detail: row.error ? `failed: ${row.error}` : [`${number(row.events)} events in ${number(row.seconds, 1)} s`, row.peakRssMb && `peak RSS ${number(row.peakRssMb)} MB`, row.note].filter(Boolean).join('; '),
      target: row.target,
      targetValue: row.targetValue,
      met: row.met,
    });
  }
  for (const row of results.kafka ?? []) {
    rows.push({
      section: 'Kafka (client side, against the mock cluster)',
      label: row.label,
      value: row.error ? undefined : row.eventsPerSecond,
      unit: 'events/s',
      detail: row.error ? `failed: ${row.error}` : `${number(row.events)} events in ${number(row.seconds, 1)} s`,
      target: row.target,
      targetValue: row.targetValue,
      met: row.met,
    });
  }
  for (const row of (results.scale ?? []).filter((entry) => entry.kind === 'api')) {
    rows.push({
      section: 'Scale-out: API processes on one PostgreSQL (POST /v1/consultations)',
      label: row.label,
      value: row.error ? undefined : row.requestsPerSecond,
      unit: 'requests/s',
      ratio: row.ratio,
      ratioOf: row.ratioOf,
      summary: row.error ? undefined : `p99 ${number(row.latencyP99Ms)} ms, ${row.non2xx} not 2xx`,
      detail: row.error
        ? `failed: ${row.error}`
        : `p50 ${number(row.latencyP50Ms, 1)} ms, p99 ${number(row.latencyP99Ms, 1)} ms; ${number(row.requests)} requests over ${row.connections} connections (${row.requestsPerProcess.map((count) => number(count)).join(' / ')} per process), ${row.non2xx} not 2xx, ${row.errors} errors${row.serverCpuMsPerRequest === undefined ? '' : `; CPU per request: API processes ${number(row.serverCpuMsPerRequest, 2)} ms`}${row.databaseCpuMsPerRequest === undefined ? '' : `, PostgreSQL ${number(row.databaseCpuMsPerRequest, 2)} ms`}`,
    });
  }
  for (const row of (results.scale ?? []).filter((entry) => entry.kind === 'projector')) {
    rows.push({
      section: 'Scale-out: projector processes in one consumer group (mock Kafka cluster)',
      label: row.label,
      value: row.error ? undefined : row.eventsPerSecond,
      unit: 'events/s',
      ratio: row.ratio,
      ratioOf: row.ratioOf,
      summary: row.error ? undefined : `applied ${row.appliedPerConsumer.map((count) => number(count)).join(' / ')}`,
      detail: row.error
        ? `failed: ${row.error}`
        : `${number(row.events)} events in ${number(row.seconds, 1)} s; applied per process ${row.appliedPerConsumer.map((count) => number(count)).join(' / ')}, ${number(row.skipped)} skipped, ${number(row.deadLettered)} dead-lettered`,
    });
  }
  for (const row of (results.calendar ?? []).filter((entry) => entry.kind === 'mix')) {
    rows.push({
      section: 'Expert calendar: HTTP mix over time',
      label: row.label,
      value: row.error ? undefined : row.requestsPerSecond,
      unit: 'requests/s',
      ratio: row.ratio,
      ratioOf: row.ratioOf,
      detail: row.error ? `failed: ${row.error}` : `server CPU ${number(row.serverCpuMsPerRequest, 2)} ms/request; ${number(row.refused)} refused; ${number(row.bookingsPerExpert)} bookings per expert at the end`,
      target: row.target,
      met: row.met,
    });
  }
  for (const row of (results.calendar ?? []).filter((entry) => entry.kind !== 'mix')) {
    const decide = row.kind === 'decide';
    rows.push({
      section: 'Expert calendar (command side)',
      label: row.label,
      value: row.error ? undefined : decide ? row.microsecondsPerDecision : row.loadMs,
      unit: decide ? 'µs/decision' : 'ms/load',
      digits: 1,
      detail: row.error ? `failed: ${row.error}` : decide ? `${number(row.decisions)} decisions` : `${number(row.events)} events, median of ${row.loads} loads`,
    });
  }
  for (const row of results.http) {
    rows.push({
      section: 'HTTP POST /v1/consultations',
      label: row.label,
      value: row.error ? undefined : row.requestsPerSecond,
      unit: 'requests/s',
      ratio: row.ratio,
      ratioOf: row.ratioOf,
      detail: row.error ? `failed: ${row.error}` : `p50 ${number(row.latencyP50Ms, 1)} ms, p99 ${number(row.latencyP99Ms, 1)} ms, max ${number(row.latencyMaxMs)} ms; ${number(row.requests)} requests, ${row.non2xx} not 2xx, ${row.errors} errors${row.serverCpuMsPerRequest === undefined ? '' : `; server CPU ${number(row.serverCpuMsPerRequest, 2)} ms/request`}`,
      target: row.target,
      met: row.met,
    });
  }
  for (const row of results.logSize ?? []) {
    rows.push({
      section: 'Log size: the embedded application (SQLite) on an empty log and on a long one',
      label: row.label,
      value: row.error ? undefined : row.requestsPerSecond,
      unit: 'requests/s',
      ratio: row.ratio,
      ratioOf: row.ratioOf,
      detail: row.error
        ? `failed: ${row.error}`
        : `p50 ${number(row.latencyP50Ms, 1)} ms, p99 ${number(row.latencyP99Ms, 1)} ms, max ${number(row.latencyMaxMs)} ms; ${number(row.requests)} requests, ${row.non2xx} not 2xx, ${row.errors} errors; server CPU ${number(row.serverCpuMsPerRequest, 2)} ms/request${row.cpuRatio === undefined ? '' : ` (${ratio(row.cpuRatio)} the empty log's)`}; ${number(row.logEventsAtStart)} events in the log at start (${number(row.eventsFileMb)} MB), serving after ${number(row.startSeconds, 1)} s`,
      target: row.target,
      met: row.met,
    });
  }
  for (const row of results.logSize ?? []) {
    rows.push({
      section: 'Log size: peak resident memory of the embedded process',
      label: row.label,
      value: row.error ? undefined : row.rssMaxMb,
      unit: 'MB',
      detail: row.error
        ? `failed: ${row.error}`
        : `sampled every second of the ${row.seconds} s measured, after a ${row.warmUpSeconds} s warm-up: min ${number(row.rssMinMb)}, max ${number(row.rssMaxMb)}, last ${number(row.rssLastMb)} MB`,
      target: row.budgetTarget,
      targetValue: row.budgetTarget ? results.settings.targets.embeddedRssBudgetMb : undefined,
      met: row.budgetMet,
    });
  }
  for (const row of results.logSize ?? []) {
    rows.push({
      section: 'Log size: resident memory at the end of the run',
      label: row.label,
      value: row.error ? undefined : row.rssLastMb,
      unit: 'MB',
      ratio: row.memoryRatio,
      ratioOf: 'of the RSS at the end of warm-up',
      detail: row.error ? `failed: ${row.error}` : `RSS ${number(row.rssAfterWarmUpMb)} MB at the end of the warm-up`,
      target: row.flatTarget,
      met: row.flatMet,
    });
  }
  return rows;
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
