import { en } from '../../src/locales/en.js';

const placeholdersIn = (text: string) => [...new Set(Array.from(text.matchAll(/\{(\w+)\}/g), (match) => match[1] ?? ''))].sort();
const list = (names: readonly string[]) => (names.length ? names.map((name) => `{${name}}`).join(' ') : 'none');

/**
 * Everything wrong with a catalog for `tag`, compared with English (the
 * single dialog's, or `english` for another part): missing or
 * extra keys, empty messages, placeholders that differ from the English ones,
 * and plural forms that are not exactly the CLDR categories of the language.
 * An empty list means the catalog is complete.
 */
export function catalogProblems(
  tag: string,
  catalog: Readonly<Record<string, unknown>>,
  english: Readonly<Record<string, unknown>> = en,
): string[] {
  const problems: string[] = [];
  const categories = [...new Intl.PluralRules(tag).resolvedOptions().pluralCategories].sort();

  for (const key of Object.keys(catalog)) if (!(key in english)) problems.push(`${key}: not an English key`);

  for (const [key, source] of Object.entries(english)) {
    const value = catalog[key];
    if (value === undefined) {
      problems.push(`${key}: missing`);
      continue;
    }
    const expected = placeholdersIn(typeof source === 'string' ? source : Object.values(source as object).join(' '));

    if (typeof source === 'string') {
      if (typeof value !== 'string') {
        problems.push(`${key}: should be text`);
      } else if (value.trim() === '') {
        problems.push(`${key}: empty`);
      } else if (list(placeholdersIn(value)) !== list(expected)) {
        problems.push(`${key}: placeholders ${list(placeholdersIn(value))}, English has ${list(expected)}`);
      }
      continue;
    }

    if (typeof value !== 'object' || value === null) {
      problems.push(`${key}: should be plural forms ${categories.join('/')}`);
      continue;
    }
    const forms = Object.keys(value).sort();
    if (forms.join('/') !== categories.join('/')) {
      problems.push(`${key}: plural forms ${forms.join('/')}, ${tag} has ${categories.join('/')}`);
    }
    for (const [category, text] of Object.entries(value)) {
      if (typeof text !== 'string' || text.trim() === '') {
        problems.push(`${key}.${category}: empty`);
        continue;
      }
      const found = placeholdersIn(text);
      // A form may spell its number out ("ثانيتين", two seconds); `other` may not.
      const allowed = category === 'other' ? [list(expected)] : [list(expected), 'none'];
      if (!allowed.includes(list(found))) {
        problems.push(`${key}.${category}: placeholders ${list(found)}, English has ${list(expected)}`);
      }
    }
  }
  return problems;
}
