import { readFile } from 'node:fs/promises';
import { consoleStage } from './console-stage';
import type { Person } from './browser';
import { agreementTerms } from '../support/network-fixture';

/**
 * The console's other journeys in a real browser against a real backbone: a case discussed by a
 * panel of two experts, a training session whose attendance comes from a CSV list, the registry's
 * create forms, and the auditor's tools over what they left in the log.
 */
jest.setTimeout(120_000);

const SHANGHAI = 'Asia/Shanghai';

/** The date and time of day an instant shows on a Beijing-time clock, as the form fields take them. */
function beijingClock(instant: Date, withSeconds = false): { date: string; time: string } {
  const date = instant.toLocaleDateString('en-CA', { timeZone: SHANGHAI });
  const time = instant.toLocaleTimeString('en-GB', { timeZone: SHANGHAI, hour: '2-digit', minute: '2-digit', ...(withSeconds && { second: '2-digit' }), hourCycle: 'h23' });
  return { date, time };
}

describe('the console, for panels, training and audit', () => {
  const stage = consoleStage('console-panels');
  const { api, person, signIn, check, accessibility, people } = stage;
  const network = { kashgar: '', shanghai: '', partnership: '', zhang: '', li: '' };
  let coordinator: Person;
  let caseReviewPath = '';





  beforeAll(async () => {
    // The two hospitals, their paired cardiology departments and their agreement, over the API.
    const { token } = await api('/v1/session/dev-token', null, { role: 'coordinator', sub: 'coordinator-wang' });
    network.shanghai = (await api('/v1/hospitals', token, { name: 'Shanghai Renji Hospital', nameZh: '上海交通大学医学院附属仁济医院', region: 'Shanghai', timezone: SHANGHAI })).id;
    network.kashgar = (await api('/v1/hospitals', token, { name: "Kashgar No. 2 People's Hospital", nameZh: '喀什地区第二人民医院', region: 'Xinjiang', timezone: SHANGHAI })).id;
    const giving = (await api(`/v1/hospitals/${network.shanghai}/departments`, token, { name: 'Department of Cardiology', specialty: 'cardiology' })).id;
    const receiving = (await api(`/v1/hospitals/${network.kashgar}/departments`, token, { name: 'Cardiology', specialty: 'cardiology' })).id;
    network.partnership = (await api('/v1/partnerships', token, { givingHospitalId: network.shanghai, receivingHospitalId: network.kashgar, programme: 'group-aid', validFrom: '2025-01-01' })).id;
    await api(`/v1/partnerships/${network.partnership}/pairings`, token, { givingDepartmentId: giving, receivingDepartmentId: receiving });
    await api(`/v1/partnerships/${network.partnership}/agreements`, token, agreementTerms(network.shanghai, network.kashgar));
    network.zhang = (await api('/v1/experts', token, { name: 'Dr. Zhang Wei', hospitalId: network.shanghai, departmentId: giving, specialty: 'cardiology', title: 'chief-physician', licensedSince: '2008-09-01' })).id;
  });


  it("lets the coordinator register a second cardiologist and publish her time from the registry's forms", async () => {
    coordinator = await person();
    const { page, problems } = coordinator;
    await signIn(page, 'coordinator', { user: 'coordinator-wang' });
    await page.getByRole('link', { name: 'Network registry' }).click();
    const expertForm = page.locator('form', { has: page.getByRole('heading', { name: 'Register an expert' }) });
    // Sent without a name or a licence date first: the API's field errors show beside those fields.
    await expertForm.getByRole('button', { name: 'Register' }).click();
    await expertForm.locator('#expert-name-error').waitFor();
    await expertForm.getByLabel(/^Name/).fill('Dr. Li Na');
    await expertForm.getByLabel('Hospital').selectOption(network.shanghai);
    await expertForm.getByLabel('Department').selectOption({ label: 'Department of Cardiology' });
    await expertForm.getByLabel('Specialty').fill('cardiology');
    await expertForm.getByLabel('Professional title').selectOption('associate-chief-physician');
    await expertForm.getByLabel('Licensed since').fill('2011-07-01');
    await expertForm.getByRole('button', { name: 'Register' }).click();
    await expertForm.getByRole('status').filter({ hasText: 'Registered.' }).waitFor();
    await page.getByTestId('expert').filter({ hasText: 'Dr. Li Na' }).waitFor();
    await page.getByTestId('partnership').filter({ hasText: 'Department of Cardiology → Cardiology' }).waitFor();

    const experts = (await (await fetch(`${stage.url}/v1/experts?q=li`, { headers: { authorization: `Bearer ${(await api('/v1/session/dev-token', null, { role: 'coordinator', sub: 'c' })).token}` } })).json()) as {
      items: Array<{ id: string; name: string }>;
    };
    network.li = experts.items.find((expert) => expert.name === 'Dr. Li Na')!.id;
    const availability = page.locator('form', { has: page.getByRole('heading', { name: 'Publish availability for an expert' }) });
    await availability.getByLabel('Expert').selectOption(network.li);
    await availability.getByLabel('Date').fill(beijingClock(new Date(Date.now() + 2 * 24 * 3600_000)).date);
    await availability.getByRole('button', { name: 'Publish' }).click();
    await availability.getByRole('status').filter({ hasText: 'Registered.' }).waitFor();
    await check(page, 'coordinator-registry-forms');
    expect(problems).toEqual([]);
  });

  it('carries a case review from the clinician through a panel of two to a signed conclusion', async () => {
    const clinician = await person();
    await signIn(clinician.page, 'clinician', { hospital: network.kashgar, user: 'dr-aziz' });
    await clinician.page.getByRole('link', { name: 'Request a case review' }).click();
    // Sent empty first: the API's field errors appear beside the fields.
    await clinician.page.getByRole('button', { name: 'Request the case review' }).click();
    await clinician.page.locator('#caseSummary-error').waitFor();
    await clinician.page.locator('#specialties-error').waitFor();
    await check(clinician.page, 'clinician-case-review-request');
    await clinician.page.getByLabel('Partnership').selectOption(network.partnership);
    await clinician.page.getByLabel('cardiology').check();
    await clinician.page.getByLabel('Other specialties (separated by commas)').fill('radiology');
    await clinician.page.getByLabel('Record number').fill('KS2-2026-000777');
    await clinician.page.getByLabel('Purpose').fill('panel opinion on surgical versus interventional repair');
    await clinician.page.getByLabel('Case summary').fill('Female, 64, severe mitral regurgitation with atrial fibrillation; LVEF 45%.');
    await clinician.page.getByLabel('The patient consents to the remote case review').check();
    await clinician.page.getByLabel('The patient consents to sharing their data with the partner hospital').check();
    await clinician.page.getByRole('button', { name: 'Request the case review' }).click();
    await clinician.page.getByRole('heading', { name: /Case review · Requested/ }).waitFor();
    caseReviewPath = new URL(clinician.page.url()).pathname;
    const invite = clinician.page.locator('form', { has: clinician.page.getByText('Invite experts to the panel') });
    await invite.getByLabel(/Dr. Zhang Wei/).check();
    await invite.getByLabel(/Dr. Li Na/).check();
    await invite.getByRole('button', { name: 'Send the invitations' }).click();
    await clinician.page.getByTestId('panelist').nth(1).waitFor();
    await check(clinician.page, 'clinician-case-review');

    const zhang = await person();
    await signIn(zhang.page, 'expert', { expert: network.zhang });
    await zhang.page.getByRole('link', { name: 'Case-review invitations' }).click();
    await zhang.page.getByRole('cell', { name: 'Awaiting answer' }).waitFor();
    await check(zhang.page, 'expert-case-review-invitations');
    await zhang.page.getByRole('link', { name: /Open case review KS2-2026-000777/ }).click();
    await check(zhang.page, 'expert-case-review-invitation');
    await zhang.page.getByRole('button', { name: 'Accept the invitation' }).click();
    await zhang.page.getByTestId('panelist').filter({ hasText: 'Dr. Zhang Wei' }).filter({ hasText: 'Accepted' }).waitFor();
    const li = await person();
    await signIn(li.page, 'expert', { expert: network.li });
    await li.page.goto(caseReviewPath);
    await li.page.getByRole('button', { name: 'Accept the invitation' }).click();
    await li.page.getByTestId('panelist').filter({ hasText: 'Dr. Li Na' }).filter({ hasText: 'Accepted' }).waitFor();

    // The coordinator sets the session for tomorrow morning and opens it.
    await coordinator.page.goto(caseReviewPath);
    const schedule = coordinator.page.locator('form', { has: coordinator.page.getByRole('heading', { name: 'Schedule the session' }) });
    await schedule.getByLabel('Date').fill(beijingClock(new Date(Date.now() + 24 * 3600_000)).date);
    await check(coordinator.page, 'coordinator-case-review');
    await schedule.getByRole('button', { name: 'Schedule' }).click();
    await coordinator.page.getByRole('heading', { name: /Scheduled/ }).waitFor();
    await coordinator.page.getByRole('button', { name: 'Start the session' }).click();
    await coordinator.page.getByRole('heading', { name: /In session/ }).waitFor();

    await zhang.page.reload();
    await zhang.page.getByLabel('Opinion').fill('Favour transcatheter edge-to-edge repair given the surgical risk.');
    await check(zhang.page, 'expert-case-review-contribute');
    await zhang.page.getByRole('button', { name: 'Record the contribution' }).click();
    await zhang.page.getByTestId('contribution').filter({ hasText: 'edge-to-edge' }).waitFor();
    await li.page.reload();
    await li.page.getByLabel('Opinion').fill('Agree; confirm anatomy on transoesophageal echo first.');
    await li.page.getByRole('button', { name: 'Record the contribution' }).click();
    await li.page.getByTestId('contribution').nth(1).waitFor();
    // A blank conclusion is refused beside the field; then the chair signs it.
    await li.page.getByRole('button', { name: 'Sign the conclusion' }).click();
    await li.page.locator('#conclude-conclusion-error').waitFor();
    await li.page.getByLabel('Conclusion').fill('Panel recommends transcatheter repair after TOE; continue anticoagulation.');
    await li.page.getByRole('button', { name: 'Sign the conclusion' }).click();
    await li.page.getByRole('heading', { name: /Concluded/ }).waitFor();

    await clinician.page.reload();
    await clinician.page.getByTestId('conclusion').filter({ hasText: 'transcatheter repair' }).waitFor();
    await clinician.page.locator('.timeline').getByText('concluded and signed').waitFor();
    await check(clinician.page, 'clinician-case-review-concluded');
    expect([...clinician.problems, ...zhang.problems, ...li.problems, ...coordinator.problems]).toEqual([]);
  }, 150_000);

  it('plans a training session, marks it held and records attendance from a pasted list and an uploaded CSV', async () => {
    const { page, problems } = coordinator;
    await page.getByRole('link', { name: 'Training' }).click();
    const plan = page.locator('form', { has: page.getByRole('heading', { name: 'Plan a training session' }) });
    await plan.getByRole('button', { name: 'Plan the session' }).click();
    await plan.locator('#title-error').waitFor();
    await check(page, 'coordinator-training');
    // Bookings never start in the past and a session is held only once begun: it starts in a few
    // seconds (the time field takes seconds when given them) and lasts half an hour, within the day.
    const startsAt = new Date(Date.now() + 12_000);
    const start = beijingClock(startsAt, true);
    const endsAt = beijingClock(new Date(startsAt.getTime() + 30 * 60_000), true);
    const end = endsAt.date === start.date ? endsAt.time : '23:59:59';
    await plan.getByLabel('Partnership').selectOption(network.partnership);
    await plan.getByLabel(/^Title/).fill('Echocardiography in valvular disease');
    await plan.getByLabel('Format').selectOption('lecture');
    await plan.getByLabel('Date').fill(start.date);
    await plan.getByLabel('From').fill(start.time);
    await plan.getByLabel('To').fill(end);
    await plan.getByLabel(/Dr. Zhang Wei/).check();
    await plan.getByRole('button', { name: 'Plan the session' }).click();
    await page.getByRole('heading', { name: /Echocardiography in valvular disease · Planned/ }).waitFor();
    await page.waitForTimeout(Math.max(0, startsAt.getTime() + 1_000 - Date.now()));
    await page.getByRole('button', { name: 'Mark as held' }).click();
    await page.getByRole('heading', { name: /· Held/ }).waitFor();

    // Pasted from a spreadsheet: a header, three people, and a line with no name, shown and left out.
    await page.getByLabel('Paste the list').fill('staffId,name\nKS2-0101,Ayshem Tursun\nKS2-0102,Muhtar Ahmat\nKS2-0103,\nKS2-0104,"Ma, Li"\n');
    await page.getByTestId('attendance-summary').filter({ hasText: '3 rows ready, 1 with a fault' }).waitFor();
    await page.getByTestId('attendance-row').filter({ hasText: 'no name' }).waitFor();
    await check(page, 'coordinator-training-attendance');
    await page.getByRole('button', { name: 'Record 3 attendees' }).click();
    await page.getByRole('status').filter({ hasText: '3 attendees recorded.' }).waitFor();
    await page.getByTestId('attendee').nth(2).waitFor();

    // An uploaded file in Chinese headings, with one person already recorded: they count once.
    await page.getByLabel('Or upload a CSV file').setInputFiles({ name: 'attendance.csv', mimeType: 'text/csv', buffer: Buffer.from('工号,姓名\nKS2-0101,Ayshem Tursun\nKS2-0105,阿依古丽\n', 'utf8') });
    await page.getByTestId('attendance-summary').filter({ hasText: '2 rows ready, 0 with a fault' }).waitFor();
    await page.getByRole('button', { name: 'Record 2 attendees' }).click();
    await page.getByTestId('attendee').nth(3).waitFor();
    await page.getByTestId('person-times').filter({ hasText: /^4$/ }).waitFor();
    await expect(page.getByTestId('attendee').count()).resolves.toBe(4);
    await check(page, 'coordinator-training-session');
    expect(problems).toEqual([]);
  }, 90_000);

  it("gives the auditor the case review's history at any moment, its downloads, a rebuild that compares equal, and the access trail", async () => {
    const { page, problems } = await person();
    await signIn(page, 'auditor', { user: 'auditor-chen' });
    const caseReviewId = caseReviewPath.split('/').pop()!;
    await page.getByRole('link', { name: 'Rebuild and compare' }).click();
    await page.getByLabel('Stream').fill(`case-review-${caseReviewId}`);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('heading', { name: /History/ }).waitFor();
    await page.getByTestId('as-of-status').filter({ hasText: 'concluded' }).waitFor();
    await page.getByLabel('Move through its events').focus();
    await page.keyboard.press('Home');
    await page.getByTestId('as-of-status').filter({ hasText: 'requested' }).waitFor();
    await check(page, 'auditor-case-review-history');
    const [ndjson] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download its history (NDJSON)' }).click()]);
    // A header record first, then the case's events in order.
    const types = (await readFile((await ndjson.path())!, 'utf8')).trim().split('\n').map((line) => (JSON.parse(line) as { envelope?: { type: string } }).envelope?.type).filter(Boolean);
    expect(types[0]).toBe('CaseReviewRequested');
    expect(types).toContain('CaseReviewConcluded');
    const [fhir] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as FHIR' }).click()]);
    expect(fhir.suggestedFilename()).toMatch(/\.fhir\.json$/);
    expect((JSON.parse(await readFile((await fhir.path())!, 'utf8')) as { resourceType: string }).resourceType).toBe('Bundle');

    await page.getByRole('link', { name: 'Rebuild and compare' }).click();
    await page.getByRole('button', { name: 'Rebuild and compare' }).click();
    await page.getByTestId('rebuild-result').filter({ hasText: 'The rebuilt read models equal the live ones.' }).waitFor({ timeout: 20_000 });
    await check(page, 'auditor-rebuild');

    await page.getByRole('link', { name: 'Access trail' }).click();
    await page.getByLabel('Case').fill(caseReviewId);
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByTestId('access-row').filter({ hasText: 'dr-aziz' }).first().waitFor();
    await page.getByTestId('access-row').filter({ hasText: 'exported' }).first().waitFor();
    await check(page, 'auditor-access-trail');

    // The auditor reads the case review and the training session, and is offered nothing to do.
    await page.goto(caseReviewPath);
    await page.getByRole('heading', { name: /Concluded/ }).waitFor();
    await expect(page.locator('main button, main form').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  }, 90_000);

  it('finds no serious or critical accessibility violation on any of these screens', () => {
    const found = Object.fromEntries(Object.entries(accessibility).filter(([, violations]) => violations.length > 0));
    expect(found).toEqual({});
    expect(Object.keys(accessibility).length).toBeGreaterThanOrEqual(12);
  });
});
