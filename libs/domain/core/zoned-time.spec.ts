import { beijingMonth, localClockTime, localDate, toLocalIso } from './zoned-time';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock as Intl tells it, instant by instant: what the cached offsets must always agree with. */
function intlLocalIso(instantMs: number, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    const options = { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' } as const;
    formatter = new Intl.DateTimeFormat('en-US', options);
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(instantMs)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The instants whose local time differs from Intl's, as `zone instant: ours != Intl's`. */
function disagreements(instants: number[]): string[] {
  return ZONES.flatMap((timeZone) =>
    instants.flatMap((instant) => {
      const iso = new Date(instant).toISOString();
      const ours = toLocalIso(iso, timeZone).slice(0, 19);
      const theirs = intlLocalIso(instant, timeZone);
      return ours === theirs ? [] : [`${timeZone} ${iso}: ${ours} != ${theirs}`];
    }),
  );
}

const ZONES = ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Kathmandu', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'UTC'];

describe('local times', () => {
  it('are the Beijing wall clock with its offset', () => {
    expect(toLocalIso('2024-05-06T02:00:00Z', 'Asia/Shanghai')).toBe('2024-05-06T10:00:00+08:00');
    expect(toLocalIso('2024-05-06T02:00:00Z', 'Asia/Urumqi')).toBe('2024-05-06T08:00:00+06:00');
    expect(localClockTime('2024-05-06T15:59:00Z', 'Asia/Shanghai')).toBe('23:59');
    expect(localDate('2024-05-06T16:00:00Z', 'Asia/Shanghai')).toBe('2024-05-07');
  });

  it('put an instant just after midnight Beijing time into the new month', () => {
    expect(beijingMonth('2024-04-30T15:59:59Z')).toBe('2024-04');
    expect(beijingMonth('2024-04-30T16:00:00Z')).toBe('2024-05');
  });

  it('agree with the time-zone database at every instant, on both sides of daylight-saving transitions', () => {
    // Every 1 h 23 min 17 s through two years with transitions, in zones with whole, half- and quarter-hour offsets.
    const instants: number[] = [];
    for (let instant = Date.UTC(2023, 0, 1); instant < Date.UTC(2025, 0, 1); instant += 4_997_000) instants.push(instant);
    expect(disagreements(instants)).toEqual([]);
  });

  it('agree with the time-zone database minute by minute around transitions, the 1980s and the old local mean times included', () => {
    const transitions = [
      Date.UTC(1986, 4, 3, 18), // Shanghai's first daylight saving time began at 02:00 local
      Date.UTC(1991, 8, 14, 17),
      Date.UTC(1900, 0, 1), // local mean time, an offset with seconds
      Date.UTC(1927, 11, 31, 15, 54),
      Date.UTC(2024, 2, 10, 7), // New York, spring forward
      Date.UTC(2024, 2, 31, 1), // Berlin
      Date.UTC(2024, 3, 6, 15), // Lord Howe Island, a half hour back
    ];
    const instants = transitions.flatMap((transition) => Array.from({ length: 61 }, (_, minute) => transition + (minute - 30) * 60_000 + 1_000));
    expect(disagreements(instants)).toEqual([]);
  });
});
