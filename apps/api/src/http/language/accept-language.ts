/** The languages problem documents are written in; English is the language of the code and the fallback. */
export type ProblemLanguage = 'en' | 'zh-CN';

/** Simplified Chinese: `zh` alone, `zh-Hans…`, or a region that writes simplified characters. */
const SIMPLIFIED_CHINESE = /^zh(-hans(-.*)?|-cn|-sg|-my)?$/;

interface Range {
  tag: string;
  quality: number;
  order: number;
}

/** A weight is 0 to 1 with at most three decimals (RFC 9110 §12.4.2). */
const WEIGHT = /^q\s*=\s*(0(\.\d{0,3})?|1(\.0{0,3})?)$/i;

/** RFC 9110 §12.5.4: `zh-CN;q=0.8, en;q=0.5, *;q=0.1`; a range with a malformed weight is ignored. */
function rangesOf(header: string): Range[] {
  return header.split(',').flatMap((part, order) => {
    const [tag, ...parameters] = part.split(';').map((piece) => piece.trim());
    const weight = parameters.find((parameter) => /^q\s*=/i.test(parameter));
    if (!tag || (weight !== undefined && !WEIGHT.test(weight))) return [];
    const quality = weight === undefined ? 1 : Number(WEIGHT.exec(weight)![1]);
    return [{ tag: tag.toLowerCase(), quality, order }];
  });
}

const languageOf = (tag: string): ProblemLanguage | '*' | undefined =>
  tag === '*' ? '*' : SIMPLIFIED_CHINESE.test(tag) ? 'zh-CN' : tag === 'en' || tag.startsWith('en-') ? 'en' : undefined;

/**
 * The language to answer in: Simplified Chinese when the caller prefers it to English (by weight,
 * then by order), English otherwise, including when the header is absent or names neither.
 */
export function negotiateLanguage(header: string | string[] | undefined): ProblemLanguage {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return 'en';
  let best: { language: ProblemLanguage; quality: number; order: number } | undefined;
  for (const range of rangesOf(value)) {
    const language = languageOf(range.tag);
    if (language === undefined || range.quality === 0) continue;
    // `*` stands for every language not named; English is the one always there.
    const candidate = { language: language === '*' ? ('en' as const) : language, quality: range.quality, order: range.order };
    if (!best || candidate.quality > best.quality) best = candidate;
  }
  return best?.language ?? 'en';
}
