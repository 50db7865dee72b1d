/**
 * Benchmark peer (npm run bench): POST /v1/consultations served the way Emmett's web API samples
 * serve a command (samples/webApi/expressjs-with-*): `getApplication` with one route whose `on(...)`
 * handler validates the body, builds the command and runs it through `CommandHandler` (read the
 * stream, evolve, decide, append with the expected version), then answers 201 with the new id.
 *
 * Environment: PORT (as the other HTTP bench servers), DATA_DIR (the event store's file goes there).
 * Emmett's SQLite event store opens its sqlite3 connection per call, in WAL, with SQLite's default
 * synchronous=FULL. No authentication, no encryption, no read models: see test/bench/README.md.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { CommandHandler, ValidationError, assertNotEmptyString } from '@event-driven-io/emmett';
import { Created, getApplication, on, startAPI } from '@event-driven-io/emmett-expressjs';
import { getSQLiteEventStore } from '@event-driven-io/emmett-sqlite';
import { EXPERT_TITLES, SEXES, URGENCIES, evolve, initialState, oneOf, requestConsultation } from './consultation.mjs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const handle = CommandHandler({ evolve, initialState });

const optional = (value, check) => (value === undefined ? undefined : check(value));

const assertId = (value, field) => {
  if (typeof value !== 'string' || !UUID.test(value)) throw new ValidationError(`${field} must be a UUID`);
  return value;
};

const assertBoolean = (value, field) => {
  if (typeof value !== 'boolean') throw new ValidationError(`${field} must be true or false`);
  return value;
};

const consultationApi = (eventStore, getCurrentTime) => (router) => {
  router.post(
    '/v1/consultations',
    on(async (request) => {
      const { body } = request;
      const patient = body.patient ?? {};
      const consent = body.consent ?? {};
      const consultationId = randomUUID();
      const command = {
        type: 'RequestConsultation',
        data: {
          consultationId,
          partnershipId: assertId(body.partnershipId, 'partnershipId'),
          specialty: assertNotEmptyString(body.specialty),
          urgency: oneOf(URGENCIES, body.urgency, 'urgency'),
          purpose: assertNotEmptyString(body.purpose),
          caseSummary: assertNotEmptyString(body.caseSummary),
          requestedTitle: optional(body.requestedTitle, (title) => oneOf(EXPERT_TITLES, title, 'requestedTitle')),
          patient: {
            reference: assertNotEmptyString(patient.reference),
            ...(patient.sex !== undefined && { sex: oneOf(SEXES, patient.sex, 'patient.sex') }),
            ...(patient.birthDate !== undefined && { birthDate: patient.birthDate }),
          },
          consent: { medical: assertBoolean(consent.medical, 'consent.medical'), dataSharing: assertBoolean(consent.dataSharing, 'consent.dataSharing') },
        },
        metadata: { now: getCurrentTime() },
      };

      await handle(eventStore, `consultation-${consultationId}`, (state) => requestConsultation(command, state));

      return Created({ createdId: consultationId });
    }),
  );
};

/**
 * Emmett 0.38.5's SQLite store keeps one sqlite3 connection in a variable shared by all its calls and
 * closes it at the end of each call, so calls that overlap fail ("SQLITE_MISUSE: Database is closed")
 * or never answer. Ten connections overlap all the time: the store gets its calls one at a time.
 */
const oneCallAtATime = (store) => {
  let previous = Promise.resolve();
  const queued =
    (method) =>
    (...args) => {
      const call = previous.then(() => method.apply(store, args));
      previous = call.catch(() => undefined);
      return call;
    };
  return {
    ...store,
    aggregateStream: queued(store.aggregateStream),
    readStream: queued(store.readStream),
    appendToStream: queued(store.appendToStream),
  };
};

const eventStore = oneCallAtATime(
  getSQLiteEventStore({
    fileName: join(process.env.DATA_DIR ?? '.', 'emmett-events.sqlite'),
    schema: { autoMigration: 'CreateOrUpdate' },
  }),
);

const application = getApplication({ apis: [consultationApi(eventStore, () => new Date())] });

startAPI(application, { port: Number(process.env.PORT ?? 3000) });
