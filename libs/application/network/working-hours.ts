import { localClockTime, toLocalIso, type TimeSlot } from '@telemed/domain/core';

export interface HospitalClock {
  hospitalId: string;
  name: string;
  timezone: string;
  workingHours: { start: string; end: string };
}

export interface LocalSlot {
  hospitalId: string;
  timezone: string;
  start: string;
  end: string;
}

export function localSlot(slot: TimeSlot, hospital: HospitalClock): LocalSlot {
  return {
    hospitalId: hospital.hospitalId,
    timezone: hospital.timezone,
    start: toLocalIso(slot.start, hospital.timezone),
    end: toLocalIso(slot.end, hospital.timezone),
  };
}

/**
 * Warnings for a slot that falls outside a hospital's working hours on its own clock. A slot that
 * crosses local midnight is outside by definition.
 */
export function workingHoursWarnings(slot: TimeSlot, hospital: HospitalClock): string[] {
  const start = localClockTime(slot.start, hospital.timezone);
  // A slot ending at local midnight ends at the end of its day, not at its start.
  const end = localClockTime(slot.end, hospital.timezone).replace(/^00:00$/, '24:00');
  const local = localSlot(slot, hospital);
  const crossesMidnight = local.start.slice(0, 10) !== local.end.slice(0, 10) && end !== '24:00';
  const { start: opens, end: closes } = hospital.workingHours;
  if (!crossesMidnight && start >= opens && end <= closes) return [];
  return [
    `${local.start.slice(11, 16)}–${local.end.slice(11, 16)} (${hospital.timezone}) is outside the working hours of ` +
      `${hospital.name} (${opens}–${closes})`,
  ];
}
