'use strict';
/**
 * The create → accept → schedule mix the HTTP benchmarks drive: a clinician requests a consultation,
 * one of a few experts accepts it and books it into the next free hour of their calendar. Requests
 * go with fetch, one after another per worker.
 */
const { SECRET, post, seedNetwork } = require('./api-server');
const { built } = require('./project-build');

const EXPERTS = 4;
const HOUR = 3_600_000;

/** The network of lib/api-server.js, with `EXPERTS` cardiologists of the giving hospital. */
async function seedMix(base) {
  const { mintToken } = built('libs/auth/index');
  const { coordinator, giving, givingDepartment, partnershipId, clinician } = await seedNetwork(base);
  const experts = [];
  for (let index = 0; index < EXPERTS; index++) {
    const expert = await post(base, coordinator, '/v1/experts', {
      name: `Dr. Bench ${index}`,
      hospitalId: giving.id,
      departmentId: givingDepartment.id,
      specialty: 'cardiology',
      title: 'chief-physician',
      licensedSince: '2005-07-01',
    });
    experts.push({ token: await mintToken(SECRET, { sub: expert.id, role: 'expert', hospitalId: giving.id }), nextHour: 0 });
  }
  return { partnershipId, clinician, experts };
}

async function attempt(base, token, path, body) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  return { ok: response.status === 201, answer };
}

/**
 * Workers over one seeded network, sharing its patients and experts' calendars (the first slot a day
 * from now). `worker(index, keepGoing, onAnswer)` loops while `keepGoing()`; `onAnswer(ok, answer, ms)`
 * hears every request with its latency.
 */
function consultationMix(base, { partnershipId, clinician, experts }) {
  const firstSlot = Date.now() + 24 * HOUR;
  let patient = 0;
  let cycles = 0;
  const timed = async (onAnswer, token, path, body) => {
    const sent = performance.now();
    const outcome = await attempt(base, token, path, body);
    onAnswer(outcome.ok, outcome.answer, performance.now() - sent);
    return outcome;
  };
  const worker = async (index, keepGoing, onAnswer) => {
    while (keepGoing()) {
      const expert = experts[(index + cycles++) % experts.length];
      const requested = await timed(onAnswer, clinician, '/v1/consultations', {
        partnershipId,
        specialty: 'cardiology',
        urgency: 'routine',
        purpose: 'second opinion on management of suspected dilated cardiomyopathy',
        caseSummary: 'Male, 58, dyspnoea on exertion for 3 months; echo LVEF 32%, LVEDD 68 mm.',
        patient: { reference: `KS2-MIX-${++patient}`, sex: 'male' },
        consent: { medical: true, dataSharing: true },
      });
      if (!requested.ok) continue;
      const accepted = await timed(onAnswer, expert.token, `/v1/consultations/${requested.answer.id}/accept`, {});
      if (!accepted.ok) continue;
      const start = firstSlot + expert.nextHour++ * HOUR;
      await timed(onAnswer, expert.token, `/v1/consultations/${requested.answer.id}/schedule`, {
        start: new Date(start).toISOString(),
        end: new Date(start + HOUR).toISOString(),
      });
    }
  };
  return { worker, bookingsPerExpert: () => Math.max(...experts.map((expert) => expert.nextHour)) };
}

module.exports = { consultationMix, seedMix };
