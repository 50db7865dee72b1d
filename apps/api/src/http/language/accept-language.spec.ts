import { negotiateLanguage } from './accept-language';

describe('the language of a problem document, from Accept-Language', () => {
  it.each([
    ['zh-CN'],
    ['zh'],
    ['zh-Hans'],
    ['zh-Hans-CN'],
    ['ZH-cn'],
    ['zh-CN,zh;q=0.9,en;q=0.8'],
    ['en;q=0.5, zh-CN;q=0.8'],
    ['fr, zh;q=0.5'],
  ])('%s asks for Simplified Chinese', (header) => {
    expect(negotiateLanguage(header)).toBe('zh-CN');
  });

  it.each([
    [undefined],
    [''],
    ['en'],
    ['en-US,en;q=0.9'],
    ['fr-FR'],
    ['zh-TW'],
    ['zh-Hant'],
    ['zh-HK, en;q=0.1'],
    ['en, zh-CN'],
    ['zh-CN;q=0.8, en;q=0.9'],
    ['zh-CN;q=0, *'],
    ['*;q=0.9, zh;q=0.5'],
    ['zh-CN;q=2'],
    ['zh-CN;q=abc'],
  ])('%s is answered in English', (header) => {
    expect(negotiateLanguage(header)).toBe('en');
  });

  it('reads a header sent several times as one list', () => {
    expect(negotiateLanguage(['en;q=0.1', 'zh-CN'])).toBe('zh-CN');
  });

  it('prefers the first of equally weighted languages', () => {
    expect(negotiateLanguage('zh, en')).toBe('zh-CN');
    expect(negotiateLanguage('en, zh')).toBe('en');
  });
});
