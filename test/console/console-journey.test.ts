import { consoleStage } from './console-stage';
import { screenshotBothLanguages, seriousViolations } from './browser';
import { agreementTerms } from '../support/network-fixture';

/**
 * The console in a real browser against a real backbone (`npm start` on a fresh data directory, in
 * the embedded development mode): a consultation from request to signed opinion, seen by each role.
 */
jest.setTimeout(60_000);

describe('the console, as its people use it', () => {
  const stage = consoleStage('console');
  const { api, person, signIn, check, accessibility, people } = stage;
  const network = { kashgar: '', shigatse: '', shanghai: '', partnership: '', expert: '' };
  let consultationPath = '';






  it('lets a coordinator sign in and register the network', async () => {
    const { page, problems } = await person();
    await page.goto('/');
    await page.getByLabel('Role').waitFor();
    accessibility['sign-in'] = await seriousViolations(page);
    await screenshotBothLanguages(page, 'sign-in');
    await signIn(page, 'coordinator', { user: 'coordinator-wang' });
    await page.getByRole('link', { name: 'Network registry' }).click();
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Register a hospital' }) });
    await form.getByLabel('Name', { exact: true }).fill("Kashgar No. 2 People's Hospital");
    await form.getByLabel('Chinese name').fill('喀什地区第二人民医院');
    await form.getByLabel('Region').fill('Xinjiang');
    await form.getByRole('button', { name: 'Register' }).click();
    await form.getByRole('status').filter({ hasText: 'Registered.' }).waitFor();
    await page.getByRole('cell', { name: '喀什地区第二人民医院' }).waitFor();

    // The rest of the network over the API, with a coordinator's development token.
    const { token } = await api('/v1/session/dev-token', null, { role: 'coordinator', sub: 'coordinator-wang' });
    const hospitals = (await api('/v1/hospitals', token)) as unknown as { items: Array<{ id: string; name: string }> };
    network.kashgar = hospitals.items.find((hospital) => hospital.name.startsWith('Kashgar'))!.id;
    network.shanghai = (await api('/v1/hospitals', token, { name: 'Shanghai Renji Hospital', nameZh: '上海交通大学医学院附属仁济医院', region: 'Shanghai', timezone: 'Asia/Shanghai' })).id;
    network.shigatse = (await api('/v1/hospitals', token, { name: "Shigatse People's Hospital", nameZh: '日喀则市人民医院', region: 'Tibet', timezone: 'Asia/Shanghai' })).id;
    const givingDepartment = (await api(`/v1/hospitals/${network.shanghai}/departments`, token, { name: 'Department of Cardiology', specialty: 'cardiology' })).id;
    const receivingDepartment = (await api(`/v1/hospitals/${network.kashgar}/departments`, token, { name: 'Cardiology', specialty: 'cardiology' })).id;
    network.partnership = (await api('/v1/partnerships', token, { givingHospitalId: network.shanghai, receivingHospitalId: network.kashgar, programme: 'group-aid', validFrom: '2025-01-01' })).id;
    await api(`/v1/partnerships/${network.partnership}/pairings`, token, { givingDepartmentId: givingDepartment, receivingDepartmentId: receivingDepartment });
    await api(`/v1/partnerships/${network.partnership}/agreements`, token, agreementTerms(network.shanghai, network.kashgar));
    const expert = await api('/v1/experts', token, { name: 'Dr. Zhang Wei', hospitalId: network.shanghai, departmentId: givingDepartment, specialty: 'cardiology', title: 'chief-physician', licensedSince: '2012-09-01' });
    network.expert = expert.id;
    await page.reload();
    await page.getByRole('cell', { name: 'Shanghai Renji Hospital' }).first().waitFor();
    await check(page, 'coordinator-registry');
    expect(problems).toEqual([]);
  });

  it('carries a consultation from the clinician in Kashgar to the expert in Shanghai and back, live', async () => {
    const expert = await person();
    await signIn(expert.page, 'expert', { expert: network.expert });
    // The expert publishes tomorrow morning on their own clock.
    await expert.page.getByRole('link', { name: 'Calendar' }).click();
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
    await expert.page.getByLabel('Date').fill(tomorrow);
    await expert.page.getByLabel('From').fill('09:00');
    await expert.page.getByLabel('To').fill('12:00');
    await expert.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expert.page.getByRole('status').filter({ hasText: 'Published.' }).waitFor();
    await expert.page.getByLabel('Next week').or(expert.page.getByRole('button', { name: 'This week' })).first().waitFor();
    await expert.page.getByRole('link', { name: 'Inbox' }).click();
    await expert.page.getByText('Nothing here.').waitFor();
    await check(expert.page, 'expert-inbox');

    const clinician = await person();
    await signIn(clinician.page, 'clinician', { hospital: network.kashgar, user: 'dr-aziz' });
    await check(clinician.page, 'clinician-worklist');
    await clinician.page.getByRole('link', { name: 'Request a consultation' }).click();
    // Sent empty first: the API's field errors appear beside the fields.
    await clinician.page.getByRole('button', { name: 'Send the request' }).click();
    await clinician.page.locator('#caseSummary-error').waitFor();
    await check(clinician.page, 'clinician-request');
    await clinician.page.getByLabel('Partnership').selectOption(network.partnership);
    await clinician.page.getByLabel('Specialty').selectOption('cardiology');
    await clinician.page.getByLabel('Record number').fill('KS2-2026-000123');
    await clinician.page.getByLabel('Purpose').fill('second opinion on suspected dilated cardiomyopathy');
    await clinician.page.getByLabel('Case summary').fill('Male, 58, dyspnoea on exertion for 3 months; echo LVEF 32%.');
    await clinician.page.getByLabel('The patient consents to the remote consultation').check();
    await clinician.page.getByLabel('The patient consents to sharing their data with the partner hospital').check();
    await clinician.page.getByRole('button', { name: 'Send the request' }).click();
    await clinician.page.getByRole('heading', { name: /Consultation · Requested/ }).waitFor();
    consultationPath = new URL(clinician.page.url()).pathname;

    // The request arrives in the expert's open inbox without a reload.
    await expert.page.getByRole('cell', { name: 'KS2-2026-000123', exact: true }).waitFor({ timeout: 2000 });
    await expert.page.getByRole('link', { name: /Open KS2-2026-000123/ }).click();
    await expert.page.getByRole('button', { name: 'Accept' }).click();
    await expert.page.getByRole('heading', { name: /Accepted/ }).waitFor();
    await check(expert.page, 'expert-schedule');
    await expert.page.getByRole('group', { name: 'Schedule into a free slot' }).getByRole('button').first().click();
    await expert.page.getByRole('heading', { name: /Scheduled/ }).waitFor();
    await expert.page.getByRole('button', { name: 'Start the consultation' }).click();
    await expert.page.getByRole('heading', { name: /In progress/ }).waitFor();
    await expert.page.getByLabel('Opinion').fill('Likely dilated cardiomyopathy; start guideline-directed therapy and repeat echo in 3 months.');
    await check(expert.page, 'expert-opinion');
    await expert.page.getByRole('button', { name: 'Sign the opinion' }).click();
    await expert.page.getByRole('heading', { name: /Completed/ }).waitFor();
    await expert.page.getByRole('link', { name: 'Calendar' }).click();
    await expert.page.locator('.booking').first().waitFor();
    await check(expert.page, 'expert-calendar');

    await clinician.page.reload();
    await clinician.page.getByRole('heading', { name: /Completed/ }).waitFor();
    await clinician.page.getByTestId('opinion').filter({ hasText: 'guideline-directed therapy' }).waitFor();
    await check(clinician.page, 'clinician-case');
    expect([...expert.problems, ...clinician.problems]).toEqual([]);
  });

  it("shows the coordinator one more completed consultation this month", async () => {
    const { page } = people[0];
    await page.getByRole('link', { name: 'Programme dashboard' }).click();
    await page.getByTestId('completed-total').filter({ hasText: '1' }).waitFor();
    const month = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }).slice(0, 7);
    await expect(page.getByTestId(`month-${month}`).locator('td').nth(1).textContent()).resolves.toBe('1');
    await check(page, 'coordinator-dashboard');
  });

  it("lets the auditor read the case's history and verify the log, and offers no write action", async () => {
    const { page, problems } = await person();
    await signIn(page, 'auditor', { user: 'auditor-chen' });
    await page.getByRole('cell', { name: 'ConsultationOpinionSigned' }).or(page.getByRole('cell', { name: /Signed/ })).first().waitFor();
    await check(page, 'auditor-log');
    const consultationId = consultationPath.split('/').pop()!;
    await page.getByRole('link', { name: new RegExp(consultationId) }).first().click();
    await page.getByRole('heading', { name: /History/ }).waitFor();
    // Requested, accepted, scheduled, started, signed: at least five events in the case's own stream.
    await page.getByTestId('audit-row').nth(4).waitFor();
    await page.getByTestId('as-of-status').filter({ hasText: 'completed' }).waitFor();
    await check(page, 'auditor-history');
    // As it stood before the expert accepted: the first of its events.
    await page.getByLabel('Move through its events').focus();
    await page.keyboard.press('Home');
    await page.getByTestId('as-of-status').filter({ hasText: 'requested' }).waitFor();
    await page.getByRole('link', { name: 'Verify the log' }).click();
    await page.getByRole('button', { name: 'Verify now' }).click();
    await page.getByTestId('verify-result').filter({ hasText: 'The log is intact.' }).waitFor();
    await check(page, 'auditor-verify');

    await page.goto(consultationPath);
    await page.getByRole('heading', { name: /Completed/ }).waitFor();
    await expect(page.locator('main button, main form').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('keeps the case from a clinician of another hospital who has its address', async () => {
    const { page } = await person();
    await signIn(page, 'clinician', { hospital: network.shigatse, user: 'dr-tashi' });
    await page.goto(consultationPath);
    await page.getByRole('alert').filter({ hasText: 'not yours to see' }).waitFor();
    await expect(page.getByText('KS2-2026-000123').count()).resolves.toBe(0);
  });

  it('tells the clinician why the expert declined, with the reason chosen from the list, in both languages', async () => {
    const { token } = await api('/v1/session/dev-token', null, { role: 'clinician', sub: 'dr-aziz', hospitalId: network.kashgar });
    const requested = await api('/v1/consultations', token, {
      partnershipId: network.partnership,
      specialty: 'cardiology',
      urgency: 'routine',
      purpose: 'advice on a wide-complex tachycardia',
      caseSummary: 'Female, 71, palpitations with syncope; ECG shows a wide-complex tachycardia.',
      patient: { reference: 'KS2-2026-000456' },
      consent: { medical: true, dataSharing: true },
    });
    const expert = await person();
    await signIn(expert.page, 'expert', { expert: network.expert });
    await expert.page.goto(`/consultations/${requested.id}`);
    await expert.page.getByRole('heading', { name: /Requested/ }).waitFor();
    await check(expert.page, 'expert-decline');
    // Reached and sent from the keyboard: the list, then the words, then Enter.
    await expert.page.getByLabel('Reason for declining').focus();
    await expert.page.getByLabel('Reason for declining').selectOption({ label: 'Not suitable for remote consultation' });
    await expert.page.keyboard.press('Tab');
    await expect(expert.page.evaluate(() => document.activeElement?.closest('label')?.textContent?.startsWith('Reason'))).resolves.toBe(true);
    await expert.page.keyboard.type('syncope needs an electrophysiology study in person');
    await expert.page.keyboard.press('Enter');
    await expert.page.getByRole('heading', { name: /Declined/ }).waitFor();

    const clinician = await person();
    await signIn(clinician.page, 'clinician', { hospital: network.kashgar, user: 'dr-aziz' });
    await clinician.page.goto(`/consultations/${requested.id}`);
    const timeline = clinician.page.locator('.timeline');
    await timeline.getByText('declined — Not suitable for remote consultation: syncope needs an electrophysiology study in person').waitFor();
    await check(clinician.page, 'clinician-declined');
    await clinician.page.locator('.language select').first().selectOption('zh');
    await timeline.getByText('拒绝 — 不适合远程会诊：syncope needs an electrophysiology study in person').waitFor();
    await clinician.page.locator('.language select').first().selectOption('en');
    expect([...expert.problems, ...clinician.problems]).toEqual([]);
  });

  it('finds no serious or critical accessibility violation on any main screen', () => {
    const found = Object.fromEntries(Object.entries(accessibility).filter(([, violations]) => violations.length > 0));
    expect(found).toEqual({});
    expect(Object.keys(accessibility).length).toBeGreaterThanOrEqual(10);
  });
});
