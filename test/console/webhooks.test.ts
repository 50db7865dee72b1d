import { WebhookReceiver } from '../support/webhook-receiver';
import { consoleStage } from './console-stage';

/**
 * The coordinator's webhooks screen in a real browser: register an endpoint (a refusal shown beside
 * its field, then the secret shown once), see its deliveries in the log, disable it with a reason,
 * enable it, and replay; the auditor reads it and changes nothing.
 */
jest.setTimeout(120_000);

describe('webhooks in the console', () => {
  const stage = consoleStage('console-webhooks');
  let receiver: WebhookReceiver;
  let coordinatorToken: string;

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    coordinatorToken = (await stage.api('/v1/session/dev-token', null, { role: 'coordinator', sub: 'coordinator-wang' })).token;
  });

  afterAll(async () => {
    await receiver?.close();
  });

  const establishPartnership = async () => {
    const giving = await stage.api('/v1/hospitals', coordinatorToken, { name: 'Shanghai Renji Hospital', nameZh: '上海交通大学医学院附属仁济医院', region: 'Shanghai', timezone: 'Asia/Shanghai' });
    const receiving = await stage.api('/v1/hospitals', coordinatorToken, { name: "Kashgar No. 2 People's Hospital", nameZh: '喀什地区第二人民医院', region: 'Xinjiang', timezone: 'Asia/Shanghai' });
    return stage.api('/v1/partnerships', coordinatorToken, { givingHospitalId: giving.id, receivingHospitalId: receiving.id, programme: 'group-aid', validFrom: '2025-01-01' });
  };

  it('a coordinator registers an endpoint, sees its secret once and its deliveries, disables, enables and replays it', async () => {
    const { page, problems } = await stage.person();
    await stage.signIn(page, 'coordinator', { user: 'coordinator-wang' });
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByText('No endpoint is registered yet.').waitFor();

    const address = page.getByRole('textbox', { name: 'Address' });
    await address.fill('http://his.kashgar2.example/hook');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByText('must use https (plain http only for a loopback address)').waitFor();

    await address.fill(receiver.url('/his'));
    await page.getByLabel('Description').fill('HIS of Kashgar No. 2');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    const secretBox = page.getByTestId('webhook-secret');
    await secretBox.waitFor();
    const secret = (await secretBox.locator('code').textContent())!;
    expect(secret).toMatch(/^whsec_/);
    await page.getByTestId('webhook-row').waitFor();
    await stage.check(page, 'coordinator-webhooks');

    await establishPartnership();
    const [delivery] = await receiver.waitFor('/his', (got) => got.length >= 1);
    expect(WebhookReceiver.verify(secret, delivery)).toMatchObject({ type: 'PartnershipEstablished' });

    await page.getByRole('button', { name: 'Delivery log' }).click();
    const attempt = page.getByTestId('attempt-row').first();
    for (let tries = 0; tries < 20 && !(await attempt.isVisible()); tries++) {
      // The log shows attempts as they are recorded: look again.
      await page.getByLabel('Outcome').selectOption('failed');
      await page.getByLabel('Outcome').selectOption('');
    }
    await attempt.getByText('PartnershipEstablished').waitFor();
    await attempt.getByText('Delivered').waitFor();
    await stage.check(page, 'coordinator-webhook-deliveries');

    const row = page.getByTestId('webhook-row');
    await row.getByLabel('Reason').fill('the HIS is being migrated');
    await row.getByRole('button', { name: 'Disable' }).click();
    await row.getByTestId('disabled-reason').getByText('the HIS is being migrated').waitFor();
    await row.getByText('Disabled', { exact: true }).waitFor();

    await row.getByRole('button', { name: 'Enable' }).click();
    await row.getByText('Active', { exact: true }).waitFor();
    await row.getByLabel('From position').fill('1');
    await row.getByRole('button', { name: 'Replay' }).click();
    await receiver.waitFor('/his', (got) => got.length >= 2);
    expect(receiver.at('/his')[1].id).toBe(delivery.id);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await page.getByRole('heading', { level: 1, name: 'Webhook 推送' }).waitFor();
    await row.getByText('启用中').waitFor();
    expect(problems).toEqual([]);
  });

  it('an auditor reads the endpoints and their log, and is offered nothing to change', async () => {
    const { page, problems } = await stage.person();
    await stage.signIn(page, 'auditor', { user: 'auditor-chen' });
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByTestId('webhook-row').waitFor();
    expect(await page.getByRole('button', { name: 'Disable' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Register', exact: true }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('every screen it drew has no serious accessibility finding', () => {
    expect(stage.accessibility).toEqual({ 'coordinator-webhooks': [], 'coordinator-webhook-deliveries': [] });
  });
});
