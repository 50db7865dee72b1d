import type { Response } from 'supertest';
import { consultationRequest, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { acceptedConsultation } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/** The language headers of an answer. */
const languageOf = (response: Response) => ({
  contentLanguage: response.headers['content-language'],
  variesOnLanguage: /(^|,\s*)accept-language(\s*,|$)/i.test(response.headers.vary ?? ''),
});

describe('problem documents speak Simplified Chinese to callers who ask for it, English to everyone else', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({
      now: '2026-03-02T00:00:00Z',
      env: { BODY_LIMIT_BYTES: '4096', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '2', READ_YOUR_WRITES_TIMEOUT_MS: '50' },
    });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  const registerHospital = (body: object, acceptLanguage?: string) => {
    const request = t.http.post('/v1/hospitals').set('Authorization', `Bearer ${network.tokens.coordinator}`);
    return (acceptLanguage === undefined ? request : request.set('Accept-Language', acceptLanguage)).send(body);
  };

  it('a hospital sent without its fields is refused in Chinese, each field told that it is required', async () => {
    const refused = await withoutWriting(t, () => registerHospital({}, 'zh-CN'));

    expectProblem(refused, 400, 'invalid-request');
    expect(refused.body).toMatchObject({
      title: '请求参数无效',
      detail: 'name：为必填项；region：为必填项；timezone：为必填项',
      errors: [
        { field: 'name', message: '为必填项' },
        { field: 'region', message: '为必填项' },
        { field: 'timezone', message: '为必填项' },
      ],
    });
    expect(languageOf(refused)).toEqual({ contentLanguage: 'zh-CN', variesOnLanguage: true });
  });

  it('the same refusal without Accept-Language is in English, with the same code, and says so', async () => {
    const refused = await registerHospital({});

    expectProblem(refused, 400, 'invalid-request');
    expect(refused.body).toMatchObject({ title: 'Bad Request', errors: [{ field: 'name', message: 'is required' }, {}, {}] });
    expect(languageOf(refused)).toEqual({ contentLanguage: 'en', variesOnLanguage: true });
  });

  it('a field message that names a value puts the value into the Chinese sentence', async () => {
    const refused = await registerHospital({ name: 'x'.repeat(201), region: 'Xinjiang', timezone: 'Asia/Shanghai' }, 'zh-CN');

    expect(refused.body.errors).toEqual([{ field: 'name', message: '长度不能超过 200 个字符' }]);
  });

  it.each([
    { header: 'zh', language: 'zh-CN' },
    { header: 'zh-Hans', language: 'zh-CN' },
    { header: 'fr-FR, zh;q=0.5', language: 'zh-CN' },
    { header: 'en;q=0.4, zh-CN;q=0.8', language: 'zh-CN' },
    { header: 'zh-CN;q=0.8, en;q=0.9', language: 'en' },
    { header: 'zh-TW', language: 'en' },
    { header: 'fr-FR', language: 'en' },
  ])('Accept-Language: $header is answered in $language', async ({ header, language }) => {
    const refused = await registerHospital({}, header);

    expect(languageOf(refused).contentLanguage).toBe(language);
    expect(refused.body.title).toBe(language === 'zh-CN' ? '请求参数无效' : 'Bad Request');
  });

  it('a patient born in the future is refused in Chinese, by the domain rule that knows the clock', async () => {
    const refused = await withoutWriting(t, () =>
      t.http
        .post('/v1/consultations')
        .set('Authorization', `Bearer ${network.tokens.clinician}`)
        .set('Accept-Language', 'zh-CN')
        .send(consultationRequest(network, { patient: { reference: 'KS2-2026-000888', birthDate: '2099-01-01' } })),
    );

    expectProblem(refused, 400, 'birth-date-out-of-range', ['patient.birthDate']);
    expect(refused.body).toMatchObject({
      title: '出生日期超出范围',
      detail: 'patient.birthDate：不能晚于今天',
      errors: [{ field: 'patient.birthDate', message: '不能晚于今天' }],
    });
  });

  it('a consultation that can no longer be declined is refused in Chinese, naming its state', async () => {
    const { id } = await acceptedConsultation(t, network);

    const refused = await withoutWriting(t, () =>
      t.http
        .post(`/v1/consultations/${id}/decline`)
        .set('Authorization', `Bearer ${network.tokens.chiefExpert}`)
        .set('Accept-Language', 'zh-CN')
        .send({ reasonCode: 'outside-specialty', reason: '超出本院专科范围' }),
    );

    expectProblem(refused, 409, 'illegal-transition');
    expect(refused.body).toMatchObject({ title: '当前状态不允许此操作', detail: '该会诊当前状态为“已接受”，不能拒绝' });
  });

  it('an unknown consultation is not found, in Chinese', async () => {
    const refused = await t.http
      .get('/v1/consultations/00000000-0000-4000-8000-000000000000')
      .set('Authorization', `Bearer ${network.tokens.coordinator}`)
      .set('Accept-Language', 'zh-CN');

    expectProblem(refused, 404, 'not-found');
    expect(refused.body).toMatchObject({ title: '未找到', detail: '未找到会诊 00000000-0000-4000-8000-000000000000' });
  });

  it('a request without a token is refused in Chinese', async () => {
    const refused = await t.http.get('/v1/hospitals').set('Accept-Language', 'zh-CN');

    expectProblem(refused, 401, 'unauthenticated');
    expect(refused.body.title).toBe('未认证');
    expect(languageOf(refused)).toEqual({ contentLanguage: 'zh-CN', variesOnLanguage: true });
  });

  it('a role the policy does not allow is refused in Chinese, naming the role', async () => {
    const refused = await withoutWriting(t, () =>
      t.http.post('/v1/hospitals').set('Authorization', `Bearer ${network.tokens.auditor}`).set('Accept-Language', 'zh-CN').send({}),
    );

    expectProblem(refused, 403, 'role-not-allowed');
    expect(refused.body.detail).toMatch(/^审计员角色无权执行此操作（hospital\.register）；允许的角色：协调员$/);
  });

  it('a route that does not exist is not found, in Chinese', async () => {
    const refused = await t.http.get('/v1/wards').set('Authorization', `Bearer ${network.tokens.coordinator}`).set('Accept-Language', 'zh-CN');

    expectProblem(refused, 404, 'route-not-found');
    expect(refused.body).toMatchObject({ title: '接口不存在', detail: '不存在接口 GET /v1/wards' });
  });

  it('a body that is not JSON is refused in Chinese by the hook that reads the media type', async () => {
    const refused = await withoutWriting(t, () =>
      t.http
        .post('/v1/hospitals')
        .set('Authorization', `Bearer ${network.tokens.coordinator}`)
        .set('Accept-Language', 'zh-CN')
        .set('Content-Type', 'text/plain')
        .send('name=Hotan'),
    );

    expectProblem(refused, 415, 'unsupported-media-type');
    expect(refused.body.title).toBe('不支持的媒体类型');
    expect(languageOf(refused)).toEqual({ contentLanguage: 'zh-CN', variesOnLanguage: true });
  });

  it('a body larger than the limit is refused in Chinese', async () => {
    const refused = await withoutWriting(t, () => registerHospital({ name: 'x'.repeat(8_000), region: 'Xinjiang', timezone: 'Asia/Shanghai' }, 'zh-CN'));

    expectProblem(refused, 413, 'body-too-large');
    expect(refused.body.title).toBe('请求体过大');
  });

  it('a reused idempotency key is refused in Chinese', async () => {
    const send = (name: string) =>
      t.http
        .post('/v1/hospitals')
        .set('Authorization', `Bearer ${network.tokens.coordinator}`)
        .set('Idempotency-Key', 'hotan-registration')
        .set('Accept-Language', 'zh-CN')
        .send({ name, region: 'Xinjiang', timezone: 'Asia/Shanghai' });
    expect((await send("Hotan District People's Hospital")).status).toBe(201);

    const refused = await send('Hotan Prefecture Hospital');

    expectProblem(refused, 409, 'idempotency-key-reused');
    expect(refused.body.title).toBe('幂等键已被使用');
  });

  it('too many requests without a token are refused in Chinese, saying when to retry', async () => {
    let refused: Response | undefined;
    for (let attempt = 0; attempt < 5 && refused === undefined; attempt++) {
      const answer = await t.http.get('/v1/hospitals').set('Accept-Language', 'zh-CN');
      if (answer.status === 429) refused = answer;
    }

    expectProblem(refused!, 429, 'too-many-requests');
    expect(refused!.body.detail).toMatch(/^每分钟请求超过 2 次，请在 \d+ 秒后重试$/);
  });

  it('a read that waits for a position the read models do not reach is answered 503 in Chinese', async () => {
    const refused = await t.http
      .get('/v1/hospitals')
      .query({ minPosition: '999999999' })
      .set('Authorization', `Bearer ${network.tokens.coordinator}`)
      .set('Accept-Language', 'zh-CN');

    expectProblem(refused, 503, 'read-model-behind');
    expect(refused.body).toMatchObject({ title: '数据尚未同步', detail: '查询数据尚未同步到日志位置 999999999，请稍后重试' });
  });

  it('a successful answer carries no problem language', async () => {
    const answered = await t.http.get('/v1/hospitals').set('Authorization', `Bearer ${network.tokens.coordinator}`).set('Accept-Language', 'zh-CN');

    expect(answered.status).toBe(200);
    expect(answered.headers['content-language']).toBeUndefined();
  });
});
