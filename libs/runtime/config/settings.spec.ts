import { choiceSetting, flagSetting, integerSetting, listSetting, textSetting } from './settings';

describe('reading one setting', () => {
  it('an integer within bounds, the default when unset or empty, a problem naming the bounds otherwise', () => {
    const problems: string[] = [];
    expect(integerSetting({ PORT: '8080' }, 'PORT', 3000, 0, 65535, problems)).toBe(8080);
    expect(integerSetting({ PORT: '' }, 'PORT', 3000, 0, 65535, problems)).toBe(3000);
    expect(integerSetting({}, 'PORT', 3000, 0, 65535, problems)).toBe(3000);
    expect(problems).toEqual([]);
    expect(integerSetting({ PORT: '1.5' }, 'PORT', 3000, 0, 65535, problems)).toBe(3000);
    expect(integerSetting({ PORT: '70000' }, 'PORT', 3000, 0, 65535, problems)).toBe(3000);
    expect(problems).toEqual(['PORT must be an integer from 0 to 65535 (got "1.5")', 'PORT must be an integer from 0 to 65535 (got "70000")']);
  });

  it('a choice, the first value by default', () => {
    const problems: string[] = [];
    expect(choiceSetting({}, 'EVENT_STORE', ['sqlite', 'postgres'], problems)).toBe('sqlite');
    expect(choiceSetting({ EVENT_STORE: 'postgres' }, 'EVENT_STORE', ['sqlite', 'postgres'], problems)).toBe('postgres');
    expect(choiceSetting({ EVENT_STORE: 'mysql' }, 'EVENT_STORE', ['sqlite', 'postgres'], problems)).toBe('sqlite');
    expect(problems).toEqual(['EVENT_STORE must be one of sqlite, postgres (got "mysql")']);
  });

  it('a flag in words or digits, a list without blanks, a text without empties', () => {
    const problems: string[] = [];
    expect(flagSetting({ METRICS_ENABLED: 'No' }, 'METRICS_ENABLED', true, problems)).toBe(false);
    expect(flagSetting({ METRICS_ENABLED: '1' }, 'METRICS_ENABLED', false, problems)).toBe(true);
    expect(flagSetting({ METRICS_ENABLED: 'maybe' }, 'METRICS_ENABLED', true, problems)).toBe(true);
    expect(problems).toEqual(['METRICS_ENABLED must be true or false (got "maybe")']);
    expect(listSetting({ CORS_ORIGINS: ' https://a.example, ,https://b.example ' }, 'CORS_ORIGINS')).toEqual(['https://a.example', 'https://b.example']);
    expect(textSetting({ HOST: '' }, 'HOST')).toBeUndefined();
  });
});
