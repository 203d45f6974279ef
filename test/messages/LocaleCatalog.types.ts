// Compile-time checks of the catalog type: `npm run typecheck` fails if any
// `@ts-expect-error` below stops being an error.
import { en } from '../../src/locales/en.js';
import type { LocaleCatalog } from '../../src/messages/LocaleCatalog.js';

const complete = { ...en } satisfies LocaleCatalog;

// @ts-expect-error a missing key
const missing = { ...en, title: undefined } satisfies LocaleCatalog;

const extra = {
  ...en,
  // @ts-expect-error an extra key
  'retry.soon': 'Soon',
} satisfies LocaleCatalog;

const wrongPlaceholder = {
  ...en,
  // @ts-expect-error a placeholder the English message does not have
  'retry.at': 'Try again at {when}.',
} satisfies LocaleCatalog;

const pluralWithoutNumberInOther = {
  ...en,
  // @ts-expect-error `other` must carry {seconds}
  'retry.countdown': { one: 'In a second.', other: 'In a few seconds.' },
} satisfies LocaleCatalog;

const pluralWithWordsForSmallNumbers = {
  ...en,
  'retry.countdown': { one: 'Try again in a second.', two: 'In two seconds.', other: 'In {seconds} seconds.' },
} satisfies LocaleCatalog;

const pluralAsPlainString = { ...en, 'retry.auto': 'Retrying in {seconds}s' } satisfies LocaleCatalog;

export const catalogTypeChecks = [
  complete,
  missing,
  extra,
  wrongPlaceholder,
  pluralWithoutNumberInOther,
  pluralWithWordsForSmallNumbers,
  pluralAsPlainString,
];
