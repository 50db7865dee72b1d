import { NoAgreementInForce } from '@telemed/domain/agreement';
import { consortiumDecider } from '@telemed/domain/consortium';
import { NotRequestedExpert } from '@telemed/domain/consultation';
import { DomainError, IllegalTransition, InvalidValue, NotFound, fieldError } from '@telemed/domain/core';
import { StudyPeriodsOverlap } from '@telemed/domain/further-study';
import { PostingNotFound } from '@telemed/domain/posting';
import { problem } from '@telemed/application/requests/problem-details';
import { localizeProblem } from './localize-problem';

const fromDomain = (error: DomainError, status: number) =>
  problem(status, error.code, error.message, error.fieldErrors, error.params);

describe('a problem document worded in Simplified Chinese', () => {
  it('names the state and the action of a refused transition in Chinese', () => {
    const { body, language } = localizeProblem(fromDomain(new IllegalTransition('case review', 'conclude', 'scheduled'), 409), 'zh-CN');

    expect(language).toBe('zh-CN');
    expect(body).toMatchObject({ code: 'illegal-transition', status: 409, title: '当前状态不允许此操作', detail: '该病例讨论当前状态为“已排期”，不能出具讨论结论' });
  });

  it('puts the values a field message names into its Chinese wording', () => {
    const { body } = localizeProblem(fromDomain(new InvalidValue('end', 'a consultation lasts at most {hours} hours', 'slot-too-long', { hours: 12 }), 400), 'zh-CN');

    expect(body).toMatchObject({ title: '时段过长', detail: 'end：一次会诊最长 12 小时', errors: [{ field: 'end', message: '一次会诊最长 12 小时' }] });
  });

  it('says of a rule on each item of a list that each item must keep it', () => {
    const { body } = localizeProblem(problem(400, 'invalid-request', 'expertIds: each item must be a UUID', [fieldError('expertIds', 'each item must be a UUID')]), 'zh-CN');

    expect(body.errors).toEqual([{ field: 'expertIds', message: '每一项必须为 UUID' }]);
  });

  it('keeps a word it has no Chinese for as it is, inside the Chinese sentence', () => {
    const { body } = localizeProblem(fromDomain(new IllegalTransition('consultation', 'ask a question about', 'information-requested'), 409), 'zh-CN');

    expect(body.detail).toBe('该会诊当前状态为“information-requested”，不能ask a question about');
  });

  it('keeps a field message it has no Chinese for in English, and the rest in Chinese', () => {
    const { body } = localizeProblem(
      problem(400, 'invalid-request', 'a: is required; b: must rhyme', [fieldError('a', 'is required'), { field: 'b', message: 'must rhyme' }]),
      'zh-CN',
    );

    expect(body.errors).toEqual([
      { field: 'a', message: '为必填项' },
      { field: 'b', message: 'must rhyme' },
    ]);
  });

  it('answers a code it has no entry for in English, whole, and says so', () => {
    const english = problem(409, 'agreement-expired', 'the agreement expired on 2026-01-01');

    const { body, language } = localizeProblem(english, 'zh-CN');

    expect(language).toBe('en');
    expect(JSON.parse(JSON.stringify(body))).toEqual({ type: english.type, title: 'Conflict', status: 409, detail: 'the agreement expired on 2026-01-01', code: 'agreement-expired' });
  });

  it('names the partnership, the instant and the service that no agreement in force covers', () => {
    const { body } = localizeProblem(fromDomain(new NoAgreementInForce('p-1', 'case-review', '2026-03-01T08:00:00Z'), 409), 'zh-CN');

    expect(body).toMatchObject({ title: '无生效的合作协议', detail: '帮扶关系 p-1 在 2026-03-01T08:00:00Z 没有涵盖病例讨论的生效合作协议' });
  });

  it('names the expert a consultation was requested of, when another expert accepts it', () => {
    const { body } = localizeProblem(fromDomain(new NotRequestedExpert('e-2', 'e-1'), 409), 'zh-CN');

    expect(body.detail).toBe('此会诊已点名由专家 e-1 承接，专家 e-2 不能接受');
  });

  it('puts the hospital and the count into the Chinese wording of a missing signatory', () => {
    const error = new InvalidValue('signatories', 'needs exactly one signatory for hospital {hospitalId}, got {count}', 'signatories-incomplete', { hospitalId: 'h-2', count: 0 });

    expect(error.message).toBe('signatories: needs exactly one signatory for hospital h-2, got 0');
    expect(localizeProblem(fromDomain(error, 400), 'zh-CN').body.errors).toEqual([{ field: 'signatories', message: '医院 h-2 须有且仅有一位签署人，现有 0 位' }]);
  });

  it('finds the record a not-found names, with or without its id', () => {
    expect(localizeProblem(fromDomain(new NotFound('training session'), 404), 'zh-CN').body.detail).toBe('未找到此编号的培训');
    expect(localizeProblem(fromDomain(new NotFound('expert', 'e-1'), 404), 'zh-CN').body.detail).toBe('未找到专家 e-1');
  });
});

describe('a problem document of the programme ledger worded in Simplified Chinese', () => {
  const refusalOf = (attempt: () => unknown): DomainError => {
    try {
      attempt();
    } catch (error) {
      return error as DomainError;
    }
    throw new Error('the command was not refused');
  };

  it('names the posting state that refuses an extension', () => {
    const { body } = localizeProblem(fromDomain(new IllegalTransition('posting', 'extend', 'returned'), 409), 'zh-CN');

    expect(body.detail).toBe('该援派当前状态为“已返回”，不能延长');
  });

  it('says which further study a new study period overlaps, and when', () => {
    const { body } = localizeProblem(fromDomain(new StudyPeriodsOverlap({ furtherStudyId: 'fs-1', start: '2026-03-01', end: '2026-08-31' }), 409), 'zh-CN');

    expect(body).toMatchObject({ title: '进修时间重叠', detail: '此人在 2026-03-01 至 2026-08-31 已有进修安排（进修 fs-1）' });
  });

  it('finds no posting under an id whose stream is still empty', () => {
    expect(localizeProblem(fromDomain(new PostingNotFound(), 404), 'zh-CN').body.detail).toBe('未找到此编号的援派');
  });

  it('names the date a member joined, when it is said to have left the consortium before', () => {
    const formed = { status: 'formed' as const, consortiumId: 'c-1', leadHospitalId: 'h-1', members: { 'h-2': '2026-02-01' } };
    const error = refusalOf(() =>
      consortiumDecider.decide({ type: 'LeaveConsortium', hospitalId: 'h-2', leftOn: '2026-01-15', by: 'u-1', now: '2026-03-01T00:00:00Z' }, formed),
    );

    expect(error.message).toBe('at: must not be before the member joined, 2026-02-01');
    expect(localizeProblem(fromDomain(error, 400), 'zh-CN').body).toMatchObject({
      code: 'left-before-joining',
      title: '退出日期早于加入日期',
      errors: [{ field: 'at', message: '不能早于该成员单位的加入日期 2026-02-01' }],
    });
  });
});

describe('a problem document in English', () => {
  it('is sent as raised, its field errors holding only the field and the message', () => {
    const { body, language } = localizeProblem(problem(400, 'invalid-request', 'name: is required', [fieldError('name', 'is required')]), 'en');

    expect(language).toBe('en');
    expect(JSON.parse(JSON.stringify(body))).toEqual({
      type: 'urn:telemed-backbone:problem:invalid-request',
      title: 'Bad Request',
      status: 400,
      detail: 'name: is required',
      code: 'invalid-request',
      errors: [{ field: 'name', message: 'is required' }],
    });
  });
});
