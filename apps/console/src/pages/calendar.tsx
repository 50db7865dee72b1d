import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../api/client';
import type { Hospital, Me, Schedule } from '../api/views';
import { formatDay, formatTime } from '../i18n';

const DAY_MS = 24 * 3600_000;

function startOfWeek(offsetWeeks: number): Date {
  const now = new Date();
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const monday = day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(monday + offsetWeeks * 7 * DAY_MS);
}

/** The expert's week: bookings in both hospitals' clocks with out-of-hours warnings, free time, and publishing availability. */
export function ExpertCalendar({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const [week, setWeek] = useState(0);
  const from = startOfWeek(week);
  const to = new Date(from.getTime() + 7 * DAY_MS);
  const expertId = me.expert?.id ?? me.userId;
  const schedule = useQuery({
    queryKey: ['schedule', expertId, from.toISOString()],
    queryFn: () =>
      unwrap<Schedule>(api.GET('/v1/experts/{id}/schedule', { params: { path: { id: expertId }, query: { from: from.toISOString(), to: to.toISOString() } } as never })),
  });
  const hospitals = useQuery({ queryKey: ['hospitals'], queryFn: () => unwrap<{ items: Hospital[] }>(api.GET('/v1/hospitals')) });
  const nameOf = (id: string) => {
    const hospital = hospitals.data?.items.find((item) => item.id === id);
    return hospital ? (i18n.language === 'zh' && hospital.nameZh) || hospital.name : id;
  };
  const days = Array.from({ length: 7 }, (_, index) => new Date(from.getTime() + index * DAY_MS).toISOString());
  const zone = schedule.data?.timezone;
  const sameDay = (instant: string, day: string) => new Date(instant).toLocaleDateString('en-CA', { timeZone: zone }) === new Date(day).toLocaleDateString('en-CA', { timeZone: 'UTC' });
  return (
    <section>
      <h1>{t('nav.calendar')}</h1>
      <div className="filters">
        <button type="button" onClick={() => setWeek(week - 1)}>
          {t('calendar.previous')}
        </button>
        <button type="button" onClick={() => setWeek(0)}>
          {t('calendar.thisWeek')}
        </button>
        <button type="button" onClick={() => setWeek(week + 1)}>
          {t('calendar.next')}
        </button>
      </div>
      {schedule.isError && <p role="alert">{schedule.error.message}</p>}
      <div className="week" role="list" aria-label={t('nav.calendar')}>
        {days.map((day) => (
          <div key={day} className="day" role="listitem">
            <h2>{formatDay(day, 'UTC')}</h2>
            {schedule.data?.bookings
              .filter((booking) => sameDay(booking.start, day))
              .map((booking) => (
                <div key={booking.bookingId + booking.start} className={`booking${booking.warnings.length > 0 ? ' out-of-hours' : ''}`}>
                  <strong>{t(`activity.${booking.activity}`, { defaultValue: booking.activity })}</strong>
                  <div>
                    {formatTime(booking.start, booking.expertLocal.timezone)}–{formatTime(booking.end, booking.expertLocal.timezone)} ({booking.expertLocal.timezone})
                  </div>
                  {booking.counterpartLocal && (
                    <div>
                      {formatTime(booking.start, booking.counterpartLocal.timezone)}–{formatTime(booking.end, booking.counterpartLocal.timezone)} ({nameOf(booking.counterpartLocal.hospitalId)})
                    </div>
                  )}
                  {booking.warnings.map((warning) => (
                    <p key={warning} className="warning">
                      {t('calendar.outOfHours')}: {warning}
                    </p>
                  ))}
                </div>
              ))}
            {schedule.data?.freeSlots
              .filter((slot) => sameDay(slot.start, day))
              .map((slot) => (
                <div key={slot.start} className="free">
                  {t('calendar.free')} {formatTime(slot.start, zone)}–{formatTime(slot.end, zone)}
                </div>
              ))}
          </div>
        ))}
      </div>
      <PublishAvailability expertId={expertId} timezone={zone} />
    </section>
  );
}

/** Publishes a day's free hours, entered on the expert's own hospital clock. */
function PublishAvailability({ expertId, timezone }: { expertId: string; timezone?: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('12:00');
  const [message, setMessage] = useState<string | null>(null);
  const instant = (time: string) => toInstant(`${date}T${time}`, timezone ?? 'UTC');
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        unwrap(api.POST('/v1/experts/{id}/availability', { params: { path: { id: expertId } }, body: { slots: [{ start: instant(start), end: instant(end) }] } }))
          .then(() => {
            setMessage(t('calendar.published'));
            void client.invalidateQueries({ queryKey: ['schedule'] });
          })
          .catch((failure) => setMessage(failure instanceof ApiError ? failure.problem.detail : String(failure)));
      }}
    >
      <h2>{t('calendar.publish')}</h2>
      <label>
        {t('calendar.date')}
        <input type="date" required value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      <label>
        {t('calendar.from')}
        <input type="time" required value={start} onChange={(event) => setStart(event.target.value)} />
      </label>
      <label>
        {t('calendar.to')}
        <input type="time" required value={end} onChange={(event) => setEnd(event.target.value)} />
      </label>
      <button type="submit">{t('calendar.publishSubmit')}</button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}

/** A wall-clock time in a time zone as a UTC instant (the zone's offset found by formatting, then corrected once). */
export function toInstant(local: string, timeZone: string): string {
  const guess = Date.parse(`${local}:00Z`);
  const offsetAt = (at: number) => {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(at));
    const get = (type: string) => parts.find((part) => part.type === type)!.value;
    return Date.parse(`${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:00Z`) - at;
  };
  return new Date(guess - offsetAt(guess - offsetAt(guess))).toISOString();
}
