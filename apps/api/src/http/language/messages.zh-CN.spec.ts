import { RULE_TEMPLATES } from '../field-messages';
import { zhCN } from './messages.zh-CN';
import { readCodeBaseWording } from './problem-codes.testing';

/** Read once: the code base's problem codes and field messages, as its source says them. */
const wording = readCodeBaseWording();

describe('the Simplified Chinese catalogue covers everything the code base can answer', () => {
  it('finds the codes where they are produced: the HTTP layer, the domain and the stores', () => {
    // A reading that found nothing would pass the checks below for the wrong reason.
    expect([...wording.codes.keys()]).toEqual(
      expect.arrayContaining(['invalid-request', 'route-not-found', 'too-many-requests', 'illegal-transition', 'invalid-value', 'double-booking', 'version-conflict']),
    );
  });

  it('has a Chinese title for every problem code', () => {
    const untranslated = [...wording.codes].filter(([code]) => zhCN.problems[code] === undefined).map(([code, file]) => `${code} (${file})`);
    expect(untranslated).toEqual([]);
  });

  it('has a Chinese wording for every field message, those of the request contract included', () => {
    const templates = new Map(wording.fieldMessages);
    Object.values(RULE_TEMPLATES).forEach(({ template }) => templates.set(template, 'apps/api/src/http/field-messages.ts'));
    const untranslated = [...templates].filter(([template]) => zhCN.fieldMessages[template] === undefined).map(([template, file]) => `"${template}" (${file})`);
    expect(untranslated).toEqual([]);
  });

  it('finds no field message built by interpolation: values go into {placeholders}, so the message can be translated', () => {
    expect(wording.interpolatedFieldMessages).toEqual([]);
  });

  it('keeps in each Chinese field message the placeholders of its English template', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    const mismatched = Object.entries(zhCN.fieldMessages).filter(([english, chinese]) => placeholders(english).join() !== placeholders(chinese).join());
    expect(mismatched).toEqual([]);
  });
});
