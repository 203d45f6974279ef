import type { BulkLocaleCatalog, LocaleCatalog, MessageValue, PluralMessage } from './LocaleCatalog.js';

// Each ASCII letter becomes an accented look-alike, so text that skipped the
// catalog stands out, and glyphs with marks above and below test line height.
const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** How much longer than English pseudo-localized text is: translations often run 30–40 % longer. */
const EXPANSION = 0.4;

/**
 * Pseudo-localizes one message: accented letters, padded about 40 % longer,
 * wrapped in `[` `]` so clipped or concatenated text shows. `{placeholders}`
 * are kept as they are, since the translator fills them.
 */
export function pseudoLocalizeText(text: string): string {
  const accented = text
    .split(/(\{\w+\})/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter)))
    .join('');
  // The brackets and the space count towards the extra length.
  const padding = '·'.repeat(Math.max(1, Math.round(text.length * EXPANSION) - 3));
  return `[${accented} ${padding}]`;
}

const OPTIONAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many'] as const;

function pseudoLocalizeValue(value: MessageValue): MessageValue {
  if (typeof value === 'string') return pseudoLocalizeText(value);
  const forms: PluralMessage = { other: pseudoLocalizeText(value.other) };
  for (const category of OPTIONAL_CATEGORIES) {
    const text = value[category];
    if (text !== undefined) forms[category] = pseudoLocalizeText(text);
  }
  return forms;
}

/**
 * A pseudo-locale derived from a catalog (English for `en-XA`): every message
 * visibly transformed yet still readable, to find hard-coded strings and
 * layouts that cannot take longer text.
 */
export function pseudoLocalize<C extends LocaleCatalog | BulkLocaleCatalog>(catalog: C): C {
  // Placeholders survive unchanged, so the result keeps the catalog's contract.
  return Object.fromEntries(
    Object.entries(catalog).map(([key, value]) => [key, pseudoLocalizeValue(value as MessageValue)]),
  ) as unknown as C;
}
