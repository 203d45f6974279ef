import type { bulkEn } from '../locales/bulk/en.js';
import type { en } from '../locales/en.js';

type English = typeof en;
type BulkEnglish = typeof bulkEn;
/** Every English message, of both dialogs. */
type AllEnglish = English & BulkEnglish;

/** Every message key of the single dialog, e.g. `'field.label'` or `'error.forbidden'`. */
export type MessageKey = keyof English;

/** Every message key of the bulk dialog's own catalog, e.g. `'bulk.submit'`. */
export type BulkMessageKey = keyof BulkEnglish;

/** The CLDR plural categories `Intl.PluralRules` selects from; `other` is always required. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A message value as hosts may pass it: plain text, or plural forms for plural-aware keys. */
export type MessageValue = string | PluralMessage;

type MessagesOf<E> = { [K in keyof E]?: E[K] extends string ? string : MessageValue };

/** Overrides for any subset of the single dialog's messages; the rest fall back. */
export type Messages = MessagesOf<English>;

/** Overrides for any subset of the bulk dialog's messages (its own and the ones it shares). */
export type BulkMessages = MessagesOf<AllEnglish>;

/** The `{name}` placeholders in a string, as a union. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** A string holding every one of the placeholders `P` (any string when there are none). */
type Containing<P extends string> = [P] extends [never]
  ? string
  : UnionToIntersection<P extends string ? `${string}{${P}}${string}` : never>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

type EnglishPlaceholders<V> = V extends string ? Placeholders<V> : Placeholders<V[keyof V]>;

// In plural objects only `other` must show the number: many languages say
// "one second" or "two seconds" in words (Arabic's `one` and `two` forms).
type CatalogValue<V> = V extends string
  ? Containing<Placeholders<V>>
  : Containing<EnglishPlaceholders<V>> | (Omit<PluralMessage, 'other'> & { other: Containing<EnglishPlaceholders<V>> });

type CheckedText<V, Allowed extends string> = V extends string
  ? [Exclude<Placeholders<V>, Allowed>] extends [never]
    ? V
    : `{${Exclude<Placeholders<V>, Allowed> & string}} is not a placeholder of this message`
  : V;

/**
 * `M` itself when each of its messages uses only placeholders its key has
 * (leaving some out is fine: `'Sent!'` for `success`); a message with one its
 * key lacks (`'Sent to {whom}'`) fails the type check, naming it.
 */
export type CheckedMessages<M> = {
  [K in keyof M]: K extends keyof AllEnglish
    ? M[K] extends string
      ? CheckedText<M[K], EnglishPlaceholders<AllEnglish[K]>>
      : { [C in keyof M[K]]: CheckedText<M[K][C], EnglishPlaceholders<AllEnglish[K]>> }
    : never;
};

type CatalogOf<E> = { readonly [K in keyof E]: CatalogValue<E[K]> };

/**
 * The type of a complete catalog, derived from the English one: every key,
 * no other key, and in each message the placeholders the English one has.
 * Plural-aware keys take a string or an object of plural forms.
 */
export type LocaleCatalog = CatalogOf<English>;

/** The same for the bulk dialog's own messages (`invite-kit/locales/bulk/<tag>`). */
export type BulkLocaleCatalog = CatalogOf<BulkEnglish>;
