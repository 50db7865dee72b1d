import {
  caseHistoryAsFhirBundle,
  FHIR_SYSTEMS,
  type CaseExportEvent,
  type CaseExportRecord,
  type FhirAuditEvent,
  type FhirBundle,
  type FhirProvenance,
} from '../../libs/audit/export';
import { fhirBundleProblems } from '../../libs/audit/export/fhir-structure.testing';
import {
  CASE_SUMMARY,
  caseHistoryFixture,
  CLINICIAN,
  CLINICIAN_ADDRESS,
  COORDINATOR,
  EXPERT,
  OPINION,
  PATIENT_REFERENCE,
  type CaseHistoryFixture,
} from '../../libs/audit/export/case-history.testing';
import { fhirR4Errors } from '../support/fhir-r4';

const eventsOf = (records: CaseExportRecord[]) => records.filter((record): record is CaseExportEvent => record.record === 'event');
const auditEventsOf = (bundle: FhirBundle) => bundle.entry.map((entry) => entry.resource).filter((r): r is FhirAuditEvent => r.resourceType === 'AuditEvent');
const provenancesOf = (bundle: FhirBundle) => bundle.entry.map((entry) => entry.resource).filter((r): r is FhirProvenance => r.resourceType === 'Provenance');

describe('a case history as a FHIR R4 bundle of AuditEvent and Provenance', () => {
  let history: CaseHistoryFixture;
  let consultation: CaseExportRecord[];
  let bundle: FhirBundle;

  beforeAll(async () => {
    history = await caseHistoryFixture();
    consultation = await history.exportOf('consultation', history.consultationId);
    bundle = caseHistoryAsFhirBundle(consultation);
  });

  afterAll(() => history.close());

  it('is a structurally valid collection for every kind of case', async () => {
    expect(fhirBundleProblems(bundle)).toEqual([]);
    for (const [kind, id] of [['case-review', history.caseReviewId], ['training-session', history.trainingSessionId]] as const) {
      expect(fhirBundleProblems(caseHistoryAsFhirBundle(await history.exportOf(kind, id)))).toEqual([]);
    }
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: '2026-03-11T00:00:00.000Z' });
  });

  it('holds one AuditEvent and one Provenance per event, the AuditEvent under the event id', () => {
    const events = eventsOf(consultation);
    expect(auditEventsOf(bundle)).toHaveLength(events.length);
    expect(provenancesOf(bundle)).toHaveLength(events.length);
    expect(bundle.entry.filter((entry) => entry.resource.resourceType === 'AuditEvent').map((entry) => entry.fullUrl)).toEqual(
      events.map((event) => `urn:uuid:${event.envelope.eventId}`),
    );
  });

  it('says who did what and when: the first event creates the case, later ones update it', () => {
    const events = eventsOf(consultation);
    expect(auditEventsOf(bundle).map((audit) => [audit.action, audit.subtype[0].code, audit.recorded, audit.agent[0].who.identifier?.value])).toEqual([
      ['C', 'ConsultationRequested', events[0].envelope.recordedAt, CLINICIAN.userId],
      ['U', 'ConsultationAccepted', events[1].envelope.recordedAt, EXPERT.userId],
      ['U', 'ConsultationOpinionSigned', events[2].envelope.recordedAt, EXPERT.userId],
    ]);
    const [requested] = auditEventsOf(bundle);
    expect(requested.type).toEqual({ system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest', display: 'RESTful Operation' });
    expect(requested.subtype[0].system).toBe(FHIR_SYSTEMS.eventType);
    expect(requested.outcome).toBe('0');
    expect(requested.agent[0]).toMatchObject({ role: [{ text: 'clinician' }], requestor: true, network: { address: CLINICIAN_ADDRESS, type: '2' } });
    expect(requested.source.observer.display).toBe('telemed-backbone');
  });

  it('ties each entry to the history by event id, chain hash and log position', () => {
    const events = eventsOf(consultation);
    auditEventsOf(bundle).forEach((audit, index) => {
      const { envelope } = events[index];
      expect(audit.entity[0].detail).toEqual([
        { type: 'eventId', valueString: envelope.eventId },
        { type: 'integrity.hash', valueString: envelope.metadata.integrity!.hash },
        { type: 'position', valueString: envelope.globalPosition },
      ]);
    });
    provenancesOf(bundle).forEach((provenance, index) => {
      expect(provenance.extension).toEqual([{ url: 'urn:telemed-backbone:integrity-hash', valueString: events[index].envelope.metadata.integrity!.hash }]);
      expect(provenance).not.toHaveProperty('signature');
    });
  });

  it('names who acted, in which role and for which hospital, in each Provenance', () => {
    expect(provenancesOf(bundle).map((provenance) => [provenance.activity.text, provenance.agent[0].who.identifier?.value, provenance.agent[0].type.text, provenance.agent[0].onBehalfOf?.identifier?.value])).toEqual([
      ['ConsultationRequested', CLINICIAN.userId, 'clinician', CLINICIAN.hospitalId],
      ['ConsultationAccepted', EXPERT.userId, 'expert', EXPERT.hospitalId],
      ['ConsultationOpinionSigned', EXPERT.userId, 'expert', EXPERT.hospitalId],
    ]);
  });

  it('names the case as FHIR does: a consultation request is a ServiceRequest, a case-review panel a CareTeam', async () => {
    const id = history.consultationId;
    for (const resource of [...auditEventsOf(bundle).map((audit) => audit.entity[0].what), ...provenancesOf(bundle).map((provenance) => provenance.target[0])]) {
      expect(resource).toMatchObject({ reference: `ServiceRequest/${id}`, type: 'ServiceRequest' });
    }
    const review = caseHistoryAsFhirBundle(await history.exportOf('case-review', history.caseReviewId));
    expect(provenancesOf(review)[0].target[0]).toMatchObject({ reference: `CareTeam/${history.caseReviewId}`, type: 'CareTeam' });
  });

  it('names a training session, which has no FHIR resource, by identifier alone', async () => {
    const training = caseHistoryAsFhirBundle(await history.exportOf('training-session', history.trainingSessionId));
    const [planned] = auditEventsOf(training);
    expect(planned.entity[0].what).toEqual({ identifier: { system: 'urn:telemed-backbone:training-session', value: history.trainingSessionId }, display: 'training-session' });
    expect(planned.agent[0]).not.toHaveProperty('network');
    expect(provenancesOf(training)[0].agent[0]).toEqual({ type: { text: 'coordinator' }, who: { identifier: { system: FHIR_SYSTEMS.user, value: COORDINATOR.userId } } });
  });

  it('copies no patient detail and no clinical text', async () => {
    const review = caseHistoryAsFhirBundle(await history.exportOf('case-review', history.caseReviewId));
    for (const text of [JSON.stringify(bundle), JSON.stringify(review)]) {
      expect(text).not.toContain(PATIENT_REFERENCE);
      expect(text).not.toContain('1982-01-05');
      expect(text).not.toContain(CASE_SUMMARY);
      expect(text).not.toContain(OPINION);
      expect(text).not.toMatch(/"Patient|"patient"/);
    }
  });

  it('validates against the official FHIR R4 definitions with no error, for every kind of case', async () => {
    expect(fhirR4Errors(bundle)).toEqual([]);
    for (const [kind, id] of [['case-review', history.caseReviewId], ['training-session', history.trainingSessionId]] as const) {
      expect(fhirR4Errors(caseHistoryAsFhirBundle(await history.exportOf(kind, id)))).toEqual([]);
    }
    // The validator is no rubber stamp: an AuditEvent without its required type is refused.
    const [first] = auditEventsOf(bundle);
    expect(fhirR4Errors({ ...first, type: undefined }).join('\n')).toMatch(/type/);
    expect(fhirR4Errors({ ...bundle, entry: [{ ...bundle.entry[0], resource: { ...first, recorded: undefined } }] }).join('\n')).toMatch(/Bundle\.entry\[0\]\.resource .*recorded/);
  }, 60_000);

  it('the structural check itself refuses a bad instant, a malformed reference and a missing agent', () => {
    const broken = JSON.parse(JSON.stringify(bundle)) as FhirBundle;
    const [audit, provenance] = [broken.entry[0].resource as FhirAuditEvent, broken.entry[1].resource as FhirProvenance];
    audit.recorded = '2026-03-02 01:00';
    provenance.target = [{ reference: `ServiceRequest ${history.consultationId}` }];
    provenance.agent = [];
    expect(fhirBundleProblems(broken)).toEqual([
      'entry[0].AuditEvent.recorded is not an instant',
      `entry[1].Provenance.target[0].reference "ServiceRequest ${history.consultationId}" is not a Type/id or urn:uuid reference`,
      'entry[1].Provenance.agent is missing',
    ]);
  });

  it('maps the same export to the same bundle, so a re-export can be compared entry by entry', () => {
    expect(caseHistoryAsFhirBundle(consultation)).toEqual(bundle);
  });
});
