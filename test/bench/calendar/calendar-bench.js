'use strict';
/**
 * Child process: the command side of one expert's calendar as it grows over the years.
 *
 * usage: node calendar-bench.js <decide|cold-load> <bookings> [ahead]
 * With `ahead`, every booking lies in the future (two-hourly from a month on): a diary full of
 * coming work rather than years of history, the case where the open calendar itself is large.
 * - decide: `expertDecider.decide(BookExpert)` for a free slot next week, on a calendar folded
 *   from `bookings` one-hour bookings, one a day going back from today (all but the last few over),
 *   as an expert who has worked for years has; microseconds per decision.
 * - cold-load: the same history written to a fresh SQLite event file through the adapter, then
 *   the calendar loaded as a command loads it after a restart or a cache eviction
 *   (`UnitOfWork.load` without a cache: read backwards to the latest closing of the books, then
 *   fold); milliseconds per load, and the events read.
 */
const { randomUUID } = require('node:crypto');
const { mkdirSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { report, runMain } = require('../lib/child');
const { built } = require('../lib/project-build');
const { settings } = require('../lib/settings');

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-05T02:00:00Z');
const EXPERT_ID = 'f3b7a1de-6c55-4c8e-9a34-0b8f2f1d7e21';

const iso = (ms) => new Date(ms).toISOString();

/**
 * Registration, then one booking a day for `count` days up to a few days from now, each decided by
 * the expert decider as the API decides it (so the stream holds the closings of its books too).
 */
function history(count, ahead = false) {
  const { expertDecider } = built('libs/domain/expert/index');
  const events = [
    {
      type: 'ExpertRegistered',
      data: {
        expertId: EXPERT_ID,
        name: 'Li Wei',
        hospitalId: 'ruijin',
        departmentId: 'rj-cardio',
        specialty: 'cardiology',
        title: 'chief-physician',
        licensedSince: '2005-07-01',
        registeredBy: 'coordinator-1',
        registeredAt: iso(NOW - (count + 10) * DAY),
      },
    },
  ];
  let state = events.reduce(expertDecider.evolve, expertDecider.initialState());
  for (let day = count - 1; day >= 0; day--) {
    const start = ahead ? NOW + 30 * DAY + 2 * (count - 1 - day) * HOUR : NOW - (day - 3) * DAY;
    const decided = expertDecider.decide(
      {
        type: 'BookExpert',
        bookingId: randomUUID(),
        activity: 'consultation',
        slot: { start: iso(start), end: iso(start + HOUR) },
        bookedBy: 'coordinator-1',
        now: iso(ahead ? NOW - DAY : start - 2 * DAY),
      },
      state,
    );
    state = decided.reduce(expertDecider.evolve, state);
    events.push(...decided);
  }
  return events;
}

function decideBench(count, ahead) {
  const { expertDecider } = built('libs/domain/expert/index');
  const state = history(count, ahead).reduce(expertDecider.evolve, expertDecider.initialState());
  const command = (i) => ({
    type: 'BookExpert',
    bookingId: `new-${i}`,
    activity: 'consultation',
    slot: { start: iso(NOW + 7 * DAY + 5 * HOUR), end: iso(NOW + 7 * DAY + 6 * HOUR) },
    bookedBy: 'coordinator-1',
    now: iso(NOW),
  });
  for (let i = 0; i < 200; i++) expertDecider.decide(command(i), state);
  let decisions = 0;
  const began = performance.now();
  while (performance.now() - began < 1000 || decisions < 50) {
    if (expertDecider.decide(command(decisions), state).length !== 1) throw new Error('the free slot was refused');
    decisions++;
  }
  const seconds = (performance.now() - began) / 1000;
  return { bookings: count, ahead, decisions, microsecondsPerDecision: (seconds * 1e6) / decisions };
}

async function coldLoadBench(count, ahead) {
  const { SqliteEventStore } = built('libs/event-store/sqlite/sqlite-event-store');
  const { UnitOfWork } = built('libs/application/commands/unit-of-work');
  const { expertDecider, expertStreamId } = built('libs/domain/expert/index');
  mkdirSync(settings.workDir, { recursive: true });
  const file = join(settings.workDir, `calendar-${count}.sqlite`);
  const remove = () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(file + suffix, { force: true }));
  remove();
  const metadata = { actor: { userId: 'coordinator-1', role: 'coordinator' }, correlationId: 'bench', causationId: 'bench', requestId: 'bench', sourceAddress: '127.0.0.1' };
  let store = SqliteEventStore.open(file);
  const streamId = expertStreamId(EXPERT_ID);
  const events = history(count, ahead).map((event) => ({ eventId: randomUUID(), schemaVersion: 1, metadata, ...event }));
  for (let from = 0; from < events.length; from += 500) {
    await store.appendToStream(streamId, events.slice(from, from + 500), from === 0 ? 'no-stream' : from - 1);
  }
  await store.close();
  store = SqliteEventStore.open(file);
  const times = [];
  const rounds = 5;
  // Only reads go through it: what a load costs in events, beside what it costs in time.
  let eventsRead = 0;
  const opened = store;
  const counting = {
    readStream: async (id, options) => {
      const read = await opened.readStream(id, options);
      eventsRead += read.length;
      return read;
    },
  };
  for (let round = 0; round < rounds; round++) {
    const began = performance.now();
    const loaded = await new UnitOfWork(counting).load(streamId, expertDecider);
    times.push(performance.now() - began);
    if (loaded.state.status !== 'registered') throw new Error('the calendar did not load');
  }
  await store.close();
  remove();
  times.sort((a, b) => a - b);
  return { bookings: count, ahead, events: events.length, eventsReadPerLoad: eventsRead / rounds, loadMs: times[Math.floor(times.length / 2)], loads: rounds };
}

runMain(async () => {
  const [mode, countText, where] = process.argv.slice(2);
  const count = Number(countText);
  const ahead = where === 'ahead';
  if (mode === 'decide') report(decideBench(count, ahead));
  else if (mode === 'cold-load') report(await coldLoadBench(count, ahead));
  else throw new Error(`unknown mode ${mode}`);
});
