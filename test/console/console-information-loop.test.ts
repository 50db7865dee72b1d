import { readFile } from 'node:fs/promises';
import { crc32, deflateSync } from 'node:zlib';
import { consoleStage } from './console-stage';
import type { Person } from './browser';
import { agreementTerms } from '../support/network-fixture';

/**
 * The console's wave-two screens in a real browser against a real backbone: the coordinator signs
 * the partnership's agreement in, the clinician attaches an ECG report and an image, the expert
 * previews and downloads them, asks for more information, is answered, and signs; the clinician
 * rates the opinion; an urgent request and an urgent case discussion nobody accepts go overdue in
 * the coordinator's worklists, and the dashboard shows the turnaround.
 */
jest.setTimeout(120_000);

const SHANGHAI = 'Asia/Shanghai';
const today = () => new Date().toLocaleDateString('en-CA', { timeZone: SHANGHAI });

/** A PNG of the given size, a blue-to-green gradient: enough for a browser to draw and a person to see. */
function gradientPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) rows.set([40, Math.round((200 * x) / width), 220 - Math.round((180 * y) / height)], y * (width * 3 + 1) + 1 + x * 3);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** A one-page PDF with a line of text, its cross-reference table at the right offsets. */
function reportPdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('the console, for agreements, deadlines, the information loop, materials and feedback', () => {
  // Deadlines are looked for every second, so that a one-minute target is seen overdue promptly.
  const stage = consoleStage('console-loop', { DEADLINE_CHECK_INTERVAL_MS: '1000' });
  const { api, person, signIn, check, accessibility, people } = stage;
  const network = { kashgar: '', shanghai: '', partnership: '', expert: '', givingDepartment: '' };
  const consultations = { routine: '', urgent: '' };
  let urgentReview = '';
  let clinicianToken = '';
  let coordinator: Person;
  let clinician: Person;
  let expert: Person;
  const png = gradientPng(480, 240);
  const pdf = reportPdf('12-lead ECG: sinus rhythm, left bundle branch block');





  function request(urgency: 'routine' | 'urgent', reference: string) {
    return api('/v1/consultations', clinicianToken, {
      partnershipId: network.partnership,
      specialty: 'cardiology',
      urgency,
      purpose: urgency === 'urgent' ? 'urgent advice on a broad-complex tachycardia' : 'second opinion on a new left bundle branch block',
      caseSummary: 'Male, 66, exertional chest tightness; new LBBB on ECG; troponin normal.',
      patient: { reference },
      consent: { medical: true, dataSharing: true },
    });
  }

  beforeAll(async () => {
    // The network over the API; its agreement is signed in through the console below.
    const { token } = await api('/v1/session/dev-token', null, { role: 'coordinator', sub: 'coordinator-wang' });
    network.shanghai = (await api('/v1/hospitals', token, { name: 'Shanghai Renji Hospital', nameZh: '上海交通大学医学院附属仁济医院', region: 'Shanghai', timezone: SHANGHAI })).id;
    network.kashgar = (await api('/v1/hospitals', token, { name: "Kashgar No. 2 People's Hospital", nameZh: '喀什地区第二人民医院', region: 'Xinjiang', timezone: SHANGHAI })).id;
    const giving = (await api(`/v1/hospitals/${network.shanghai}/departments`, token, { name: 'Department of Cardiology', specialty: 'cardiology' })).id;
    network.givingDepartment = giving;
    const receiving = (await api(`/v1/hospitals/${network.kashgar}/departments`, token, { name: 'Cardiology', specialty: 'cardiology' })).id;
    network.partnership = (await api('/v1/partnerships', token, { givingHospitalId: network.shanghai, receivingHospitalId: network.kashgar, programme: 'group-aid', validFrom: '2025-01-01' })).id;
    await api(`/v1/partnerships/${network.partnership}/pairings`, token, { givingDepartmentId: giving, receivingDepartmentId: receiving });
    network.expert = (await api('/v1/experts', token, { name: 'Dr. Zhang Wei', hospitalId: network.shanghai, departmentId: giving, specialty: 'cardiology', title: 'chief-physician', licensedSince: '2008-09-01' })).id;
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toLocaleDateString('en-CA', { timeZone: SHANGHAI });
    await api(`/v1/experts/${network.expert}/availability`, token, { slots: [{ start: `${tomorrow}T09:00:00+08:00`, end: `${tomorrow}T12:00:00+08:00` }] });
    clinicianToken = (await api('/v1/session/dev-token', null, { role: 'clinician', sub: 'dr-aziz', hospitalId: network.kashgar })).token;
  });


  it('lets the coordinator register the partnership’s agreement, with its response targets, and amend it', async () => {
    coordinator = await person();
    const { page, problems } = coordinator;
    await signIn(page, 'coordinator', { user: 'coordinator-wang' });
    await page.getByRole('link', { name: 'Agreements' }).click();
    await page.getByTestId('no-agreement').waitFor();
    // Without a request under an agreement in force, nothing can be asked: the clinician is refused.
    await expect(request('routine', 'KS2-2026-000900')).rejects.toThrow(/409.*no-agreement-in-force/);

    const form = page.getByRole('form', { name: 'Register an agreement' });
    // Sent without its validity or signatories first: the refusal is shown, nothing is registered.
    await form.getByRole('button', { name: 'Register the agreement' }).click();
    await form.locator('#agreement-validFrom-error').or(form.getByRole('alert')).first().waitFor();
    await form.getByLabel('Valid from').fill('2025-01-01');
    await form.getByLabel('Valid until (optional)').fill('2027-12-31');
    // An urgent request must be accepted within a minute, counted around the clock.
    await form.getByLabel('Urgent: accept within').fill('1');
    await form.getByLabel('Count only the receiving hospital’s working time').uncheck();
    await form.getByLabel('Amount').fill('300');
    await form.getByLabel('Liability').fill('The receiving hospital keeps the decision on diagnosis and treatment.');
    await form.getByLabel('Signed for Shanghai Renji Hospital by').fill('Wang Jun');
    await form.getByLabel('Signed on').first().fill('2024-12-20');
    await form.getByLabel("Signed for Kashgar No. 2 People's Hospital by").fill('Aysha Tursun');
    await form.getByLabel('Signed on').nth(1).fill('2024-12-22');
    await form.getByRole('button', { name: 'Register the agreement' }).click();
    const card = page.getByTestId('agreement');
    await card.filter({ hasText: 'In force' }).waitFor();
    await card.filter({ hasText: 'Urgent: accept within 1 min, answer within 24 h' }).waitFor();

    await card.getByRole('button', { name: 'Amend' }).click();
    const amend = card.getByRole('form', { name: 'Amend the terms' });
    await amend.getByLabel('Liability').fill('Each hospital answers for its own staff; the receiving hospital decides on treatment.');
    await amend.getByRole('button', { name: 'Record the amendment' }).click();
    await card.filter({ hasText: 'Each hospital answers for its own staff' }).filter({ hasText: 'amended' }).waitFor();
    await check(page, 'coordinator-agreements');
    expect(problems).toEqual([]);

    // Two requests under it: an urgent one no one will accept, and the routine one followed below.
    consultations.urgent = (await request('urgent', 'KS2-2026-000901')).id;
    consultations.routine = (await request('routine', 'KS2-2026-000902')).id;
    // And an urgent case discussion no panellist will accept in time.
    urgentReview = (
      await api('/v1/case-reviews', clinicianToken, {
        partnershipId: network.partnership,
        specialties: ['cardiology'],
        urgency: 'urgent',
        purpose: 'panel plan for recurrent ventricular tachycardia',
        caseSummary: 'Male, 59, ICD shocks twice this week despite amiodarone.',
        patient: { reference: 'KS2-2026-000903' },
        consent: { medical: true, dataSharing: true },
      })
    ).id;
  });

  it('lets the clinician attach an ECG report and an image, showing the upload’s progress', async () => {
    clinician = await person();
    const { page, problems } = clinician;
    await signIn(page, 'clinician', { hospital: network.kashgar, user: 'dr-aziz' });
    await page.goto(`/consultations/${consultations.routine}`);
    await page.getByRole('heading', { name: /Consultation · Requested/ }).waitFor();
    await page.getByTestId('deadline-accept').filter({ hasText: 'Running' }).waitFor();
    const upload = page.locator('form', { has: page.getByRole('heading', { name: 'Attach a file' }) });
    // A type the API does not accept is refused with its reason, and nothing is listed.
    await upload.getByLabel('File').setInputFiles({ name: 'notes.html', mimeType: 'text/html', buffer: Buffer.from('<p>notes</p>') });
    await upload.getByRole('button', { name: 'Upload' }).click();
    await upload.getByRole('alert').filter({ hasText: 'not accepted' }).waitFor();
    await expect(page.getByTestId('material').count()).resolves.toBe(0);

    await upload.getByLabel('File').setInputFiles({ name: 'ecg-2026-03-01.pdf', mimeType: 'application/pdf', buffer: pdf });
    await upload.getByLabel('Description').fill('12-lead ECG at admission');
    await upload.getByRole('button', { name: 'Upload' }).click();
    await upload.getByRole('status').filter({ hasText: 'ecg-2026-03-01.pdf attached' }).waitFor();
    await expect(upload.getByTestId('upload-progress').getAttribute('value')).resolves.toBe('1');
    await upload.getByLabel('File').setInputFiles({ name: 'echo-still.png', mimeType: 'image/png', buffer: png });
    await upload.getByLabel('Description').fill('Echo still, apical four-chamber');
    await upload.getByRole('button', { name: 'Upload' }).click();
    await upload.getByRole('status').filter({ hasText: 'echo-still.png attached' }).waitFor();
    await page.getByTestId('material').nth(1).waitFor();
    await check(page, 'clinician-materials');
    expect(problems).toEqual([]);
  });

  it('lets the expert preview and download the materials, then ask the clinician for more information', async () => {
    expert = await person();
    const { page, problems } = expert;
    await signIn(page, 'expert', { expert: network.expert });
    await page.goto(`/consultations/${consultations.routine}`);
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('heading', { name: /Accepted/ }).waitFor();
    await page.getByRole('group', { name: 'Schedule into a free slot' }).getByRole('button').first().click();
    await page.getByRole('heading', { name: /Scheduled/ }).waitFor();

    await page.getByRole('button', { name: 'Preview echo-still.png' }).click();
    const preview = page.getByTestId('material-preview');
    const image = preview.getByRole('img', { name: 'Echo still, apical four-chamber' });
    await image.waitFor();
    await expect(image.evaluate((element: HTMLImageElement) => element.decode().then(() => element.naturalWidth))).resolves.toBe(480);
    // Focus moves to the preview, whose close button is the first thing reached.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Close the preview');
    await check(page, 'expert-material-preview');
    await page.getByRole('button', { name: 'Preview ecg-2026-03-01.pdf' }).click();
    const frame = preview.locator('iframe[title="Preview of ecg-2026-03-01.pdf"]');
    await frame.waitFor();
    // The browser's PDF viewer draws the page a moment after the frame has loaded.
    await frame.evaluate((element: HTMLIFrameElement) => new Promise((resolve) => (element.contentDocument?.readyState === 'complete' ? resolve(null) : element.addEventListener('load', resolve))));
    await page.waitForTimeout(1_500);
    await check(page, 'expert-pdf-preview');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download ecg-2026-03-01.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('ecg-2026-03-01.pdf');
    expect((await readFile((await download.path())!)).equals(pdf)).toBe(true);
    await page.getByRole('button', { name: 'Close the preview' }).click();
    await expect(preview.count()).resolves.toBe(0);

    await page.getByLabel('Your question to the requesting clinician').fill('Is there an earlier ECG to tell whether the LBBB is new?');
    await page.getByRole('button', { name: 'Ask for more information' }).click();
    await page.getByRole('heading', { name: /Information requested/ }).waitFor();
    await page.getByTestId('question').filter({ hasText: 'earlier ECG' }).filter({ hasText: 'Not answered yet.' }).waitFor();
    await check(page, 'expert-question');
    expect(problems).toEqual([]);
  });

  it('lets the clinician answer, the expert sign, and the clinician rate the opinion', async () => {
    await clinician.page.reload();
    await clinician.page.getByText('The expert needs more information').waitFor();
    await check(clinician.page, 'clinician-answer');
    await clinician.page.getByLabel('Your answer').fill('Yes: an ECG from 2024 shows normal conduction, so the LBBB is new.');
    await clinician.page.getByRole('button', { name: 'Send the answer' }).click();
    await clinician.page.getByRole('heading', { name: /Consultation · Scheduled/ }).waitFor();
    await clinician.page.getByTestId('answer').filter({ hasText: 'normal conduction' }).waitFor();

    await expert.page.reload();
    await expert.page.getByTestId('answer').filter({ hasText: 'normal conduction' }).waitFor();
    await expert.page.getByRole('button', { name: 'Start the consultation' }).click();
    await expert.page.getByRole('heading', { name: /In progress/ }).waitFor();
    await expert.page.getByLabel('Opinion').fill('New LBBB with exertional symptoms: arrange coronary CT angiography before discharge.');
    await expert.page.getByRole('button', { name: 'Sign the opinion' }).click();
    await expert.page.getByRole('heading', { name: /Completed/ }).waitFor();

    const { page, problems } = clinician;
    await page.reload();
    await page.getByRole('heading', { name: /Completed/ }).waitFor();
    await page.getByTestId('deadline-answer').filter({ hasText: 'Met' }).waitFor();
    // Sent without a score: the form says what is missing.
    await page.getByRole('button', { name: 'Send the feedback' }).click();
    await page.getByText('Choose a score from 1 to 5.').waitFor();
    await check(page, 'clinician-feedback');
    await page.getByRole('radiogroup', { name: 'How useful was the opinion?' }).or(page.getByRole('group', { name: 'How useful was the opinion?' })).getByLabel('4 · very useful').check();
    await page.getByLabel('Comment (optional)').fill('Clear and actionable; CT booked.');
    await page.getByRole('button', { name: 'Send the feedback' }).click();
    await page.getByTestId('feedback').filter({ hasText: 'Rated 4 of 5' }).waitFor();
    await page.locator('.timeline').getByText('question answered').waitFor();
    await page.locator('.timeline').getByText('feedback given').waitFor();
    await check(page, 'clinician-feedback-given');
    expect([...problems, ...expert.problems]).toEqual([]);
  }, 90_000);

  it('marks the unaccepted urgent request overdue in the coordinator’s worklist and shows the turnaround on the dashboard', async () => {
    const { page, problems } = coordinator;
    await page.getByRole('link', { name: 'Consultations' }).click();
    await page.getByLabel('Deadlines').selectOption('true');
    // Its one-minute target passes about a minute after it was requested; the worklist is read until it shows.
    const overdueRow = page.getByTestId('worklist-row').filter({ has: page.getByTestId('overdue') });
    for (let tries = 0; tries < 40 && (await overdueRow.count()) === 0; tries += 1) {
      await page.waitForTimeout(2_000);
      await page.getByLabel('Deadlines').selectOption('false');
      await page.getByLabel('Deadlines').selectOption('true');
    }
    await expect(overdueRow.count()).resolves.toBe(1);
    await expect(page.getByTestId('worklist-row').count()).resolves.toBe(1);
    await check(page, 'coordinator-overdue-worklist');
    await overdueRow.getByRole('link').click();
    await page.getByTestId('deadline-accept').getByTestId('overdue').waitFor();
    await page.locator('.timeline').getByText('response overdue').waitFor();
    await check(page, 'coordinator-overdue-consultation');

    // The urgent case discussion nobody accepted is overdue in the case reviews' worklist the same way.
    await page.getByRole('link', { name: 'Case reviews' }).click();
    await page.getByRole('heading', { name: 'Case reviews', level: 1 }).waitFor();
    await page.getByRole('combobox', { name: 'Deadlines' }).selectOption('true');
    const overdueReview = page.getByTestId('case-review-row').filter({ has: page.getByTestId('overdue') });
    await overdueReview.waitFor();
    await expect(page.getByTestId('case-review-row').count()).resolves.toBe(1);
    await overdueReview.getByText('accept by').waitFor();
    await check(page, 'coordinator-overdue-case-reviews');
    await overdueReview.getByRole('link').click();
    await page.waitForURL(`**/case-reviews/${urgentReview}`);
    await page.getByTestId('deadline-accept').filter({ hasText: 'A panellist accepts' }).getByTestId('overdue').waitFor();
    await page.getByTestId('deadline-answer').filter({ hasText: 'Running' }).waitFor();
    await page.locator('.timeline').getByText('response overdue').waitFor();
    await check(page, 'coordinator-overdue-case-review');

    await page.getByRole('link', { name: 'Programme dashboard' }).click();
    await page.getByTestId('turnaround-totals').filter({ hasText: 'Consultations: 2' }).filter({ hasText: 'Responses overdue: 1' }).waitFor();
    await page.getByTestId('turnaround-row').first().waitFor();
    await page.getByLabel('Group by').selectOption('department');
    await page.getByTestId('turnaround-row').filter({ hasText: 'Cardiology' }).waitFor();
    await check(page, 'coordinator-turnaround');
    expect(problems).toEqual([]);
  }, 120_000);

  it('shows the coordinator how useful each partnership found its signed opinions, month by month', async () => {
    // More signed and rated opinions, over the API: three more in Kashgar, and three in a second partnership with Shigatse.
    const { token } = await api('/v1/session/dev-token', null, { role: 'coordinator', sub: 'coordinator-wang' });
    const shigatse = (await api('/v1/hospitals', token, { name: "Shigatse People's Hospital", nameZh: '日喀则市人民医院', region: 'Tibet', timezone: SHANGHAI })).id;
    const shigatseCardiology = (await api(`/v1/hospitals/${shigatse}/departments`, token, { name: 'Cardiology', specialty: 'cardiology' })).id;
    const second = (await api('/v1/partnerships', token, { givingHospitalId: network.shanghai, receivingHospitalId: shigatse, programme: 'group-aid', validFrom: '2025-01-01' })).id;
    await api(`/v1/partnerships/${second}/pairings`, token, { givingDepartmentId: network.givingDepartment, receivingDepartmentId: shigatseCardiology });
    await api(`/v1/partnerships/${second}/agreements`, token, { ...agreementTerms(network.shanghai, shigatse, { validUntil: undefined }), validFrom: '2025-01-01' });
    const shigatseClinician = (await api('/v1/session/dev-token', null, { role: 'clinician', sub: 'dr-tsering', hospitalId: shigatse })).token;
    // Each opinion from an expert of its own: a session started before its slot takes the expert's time from now.
    const experts: Array<Record<string, string>> = [];
    for (let i = 0; i < 6; i++) {
      experts.push(
        await api('/v1/experts', token, { name: `Dr. Cardiologist ${i + 1}`, hospitalId: network.shanghai, departmentId: network.givingDepartment, specialty: 'cardiology', title: 'attending-physician', licensedSince: '2012-09-01' }),
      );
    }
    // Development tokens are given to registered experts: read back once the registry holds the last one.
    await api(`/v1/experts/${experts[5].id}?minPosition=${experts[5].position}`, token);
    let day = 3;
    const rated = async (partnershipId: string, clinician: string, usefulness: number) => {
      const expertToken = (await api('/v1/session/dev-token', null, { role: 'expert', sub: experts[day - 3].id, hospitalId: network.shanghai })).token;
      const { id } = await api('/v1/consultations', clinician, {
        partnershipId,
        specialty: 'cardiology',
        urgency: 'routine',
        purpose: 'second opinion on heart failure management',
        caseSummary: 'Female, 58, NYHA II; LVEF 38%.',
        patient: { reference: `RATED-${day}` },
        consent: { medical: true, dataSharing: true },
      });
      await api(`/v1/consultations/${id}/accept`, expertToken, {});
      const start = new Date(Date.now() + day++ * 24 * 3600_000);
      await api(`/v1/consultations/${id}/schedule`, expertToken, { start: start.toISOString(), end: new Date(start.getTime() + 30 * 60_000).toISOString() });
      await api(`/v1/consultations/${id}/start`, expertToken, {});
      await api(`/v1/consultations/${id}/opinion`, expertToken, { opinion: 'Titrate the beta-blocker; review in six weeks.' });
      await api(`/v1/consultations/${id}/feedback`, clinician, { usefulness });
    };
    for (const usefulness of [5, 4, 3]) await rated(network.partnership, clinicianToken, usefulness);
    for (const usefulness of [5, 4, 2]) await rated(second, shigatseClinician, usefulness);

    const { page, problems } = coordinator;
    await page.getByRole('link', { name: 'Programme dashboard' }).click();
    await page.reload();
    const section = page.getByRole('region', { name: 'Usefulness of signed opinions' });
    const month = new Date().toLocaleDateString('en-CA', { timeZone: SHANGHAI }).slice(0, 7);
    // Kashgar: the 4 given in the console and 5, 4, 3; Shigatse: 5, 4, 2. Columns: partnership, month, scores 1-5, ratings, mean.
    const cells = async (receiving: string) =>
      section
        .getByTestId('feedback-row')
        .filter({ hasText: receiving })
        .locator('th, td')
        .allTextContents();
    await section.getByTestId('feedback-row').nth(1).waitFor();
    await expect(cells('Kashgar')).resolves.toEqual(["Shanghai Renji Hospital → Kashgar No. 2 People's Hospital", month, '0', '0', '1', '2', '1', '4', '4.0']);
    await expect(cells('Shigatse')).resolves.toEqual(["Shanghai Renji Hospital → Shigatse People's Hospital", month, '0', '1', '0', '1', '1', '3', '3.7']);
    await section.getByTestId('feedback-totals').filter({ hasText: 'Ratings: 7' }).filter({ hasText: 'Mean score: 3.9' }).waitFor();
    // The chart stacks the five scores of every month.
    await expect(section.locator('.recharts-bar-rectangle').count()).resolves.toBeGreaterThanOrEqual(4);
    await section.getByRole('heading', { name: 'Usefulness of signed opinions' }).scrollIntoViewIfNeeded();
    await check(page, 'coordinator-feedback-distribution');

    // One partnership at a time.
    await section.getByLabel('Partnership').selectOption({ label: "Shanghai Renji Hospital → Shigatse People's Hospital" });
    await section.getByTestId('feedback-totals').filter({ hasText: 'Ratings: 3' }).waitFor();
    await expect(section.getByTestId('feedback-row').count()).resolves.toBe(1);
    await check(page, 'coordinator-feedback-one-partnership');
    expect(problems).toEqual([]);
  }, 120_000);

  it('finds no serious or critical accessibility violation on any of these screens', () => {
    const found = Object.fromEntries(Object.entries(accessibility).filter(([, violations]) => violations.length > 0));
    expect(found).toEqual({});
    expect(Object.keys(accessibility).length).toBeGreaterThanOrEqual(10);
  });
});
