import type { BulkMessageKey, MessageKey, MessageValue } from './LocaleCatalog.js';

export type MessageValues = Record<string, string | number>;

export interface Translator {
  /** The BCP 47 tag numbers, plurals and times are formatted for (e.g. `ar-EG`). */
  readonly locale: string;
  /**
   * The language the messages are written in, for `lang`: `locale`, or `en`
   * when there is no catalog for it (yet) and the text is English.
   */
  readonly lang: string;
  /** The direction of `lang`'s script. */
  readonly dir: 'ltr' | 'rtl';
  /** The message for `key`, with `{name}` placeholders filled; numbers in the locale's digits. */
  t(key: MessageKey | BulkMessageKey, values?: MessageValues): string;
  /**
   * A clock time in the locale, e.g. "14:07" or "2:07 PM"; with the date too
   * when it falls on another day than today ("Dec 2, 2026, 3:07 PM").
   */
  formatTime(epochMs: number): string;
}

// Scripts written right to left, by language subtag (Intl.Locale#getTextInfo is not everywhere yet).
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

// Intl objects are slow to build and immutable: one per locale for the page's lifetime,
// made on first use, so opening a dialog pays for none of them.
const formatters = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let value = formatters.get(key) as T | undefined;
  if (!value) formatters.set(key, (value = make()));
  return value;
}

/**
 * Binds a complete set of messages to a locale. Formatting goes through `Intl`
 * in the tag the host asked for, not the catalog's: `ar-EG` reads the `ar`
 * catalog but counts in Arabic-Indic digits. `lang` is the language the
 * messages are in, when it is not `locale`'s.
 */
export function createTranslator(locale: string, messages: Readonly<Record<string, MessageValue>>, lang = locale): Translator {
  const numbers = () => cached(`n ${locale}`, () => new Intl.NumberFormat(locale));
  const plurals = () => cached(`p ${locale}`, () => new Intl.PluralRules(locale));

  const pick = (value: MessageValue, count: unknown): string => {
    if (typeof value === 'string') return value;
    const category = typeof count === 'number' ? plurals().select(count) : 'other';
    return value[category] ?? value.other;
  };

  return {
    locale,
    lang,
    dir: directionOf(lang),
    t(key, values) {
      // Plural forms follow the message's number (`{seconds}`, `{count}`, …).
      const template = pick(messages[key] ?? key, values && Object.values(values).find((value) => typeof value === 'number'));
      if (!values) return template;
      return template.replace(/\{(\w+)\}/g, (match, name: string) => {
        // Own keys only: a message with `{constructor}` must not print a function.
        const value = Object.hasOwn(values, name) ? values[name] : undefined;
        if (value === undefined) return match;
        return typeof value === 'number' ? numbers().format(value) : value;
      });
    },
    formatTime(epochMs) {
      const today = new Date().toDateString() === new Date(epochMs).toDateString();
      return cached(`${today ? 't' : 'd'} ${locale}`, () =>
        new Intl.DateTimeFormat(locale, today ? { hour: 'numeric', minute: '2-digit' } : { dateStyle: 'medium', timeStyle: 'short' }),
      ).format(epochMs);
    },
  };
}
