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

// Overrides of a dialog's messages: a placeholder may be left out, not invented.
import type { ReactElement } from 'react';
import { BulkInviteDialog } from '../../src/components/BulkInviteDialog.js';
import { InviteKitProvider } from '../../src/components/InviteKitProvider.js';
import { InviteUserDialog } from '../../src/components/InviteUserDialog.js';

const keepsPlaceholder: ReactElement = <InviteUserDialog groupId="1" messages={{ success: 'Sent to {invitee}!' }} />;
const dropsPlaceholder: ReactElement = <InviteUserDialog groupId="1" messages={{ success: 'Sent!' }} />;
// @ts-expect-error {whom} is not a placeholder of `success`
const inventsPlaceholder: ReactElement = <InviteUserDialog groupId="1" messages={{ success: 'Sent to {whom}!' }} />;
const pluralOverride: ReactElement = (
  <InviteUserDialog groupId="1" messages={{ 'retry.countdown': { one: 'A second.', other: '{seconds} s' } }} />
);
const inventsInPlural: ReactElement = (
  // @ts-expect-error {secs} is not a placeholder of `retry.countdown`
  <InviteUserDialog groupId="1" messages={{ 'retry.countdown': { other: '{secs} s' } }} />
);
// @ts-expect-error {whom} is not a placeholder of `success`, in the provider either
const providerInvents: ReactElement = <InviteKitProvider messages={{ success: 'Sent to {whom}' }} />;
const bulkOverride: ReactElement = <BulkInviteDialog groupId="1" messages={{ 'bulk.remove': 'Drop {invitee}', cancel: 'Stop' }} />;
// @ts-expect-error {name} is not a placeholder of `bulk.remove`
const bulkInvents: ReactElement = <BulkInviteDialog groupId="1" messages={{ 'bulk.remove': 'Drop {name}' }} />;
// Every optional prop takes undefined, for hosts with exactOptionalPropertyTypes.
const maybeLocale = undefined as string | undefined;
const undefinedProps: ReactElement = <InviteUserDialog groupId="1" locale={maybeLocale} messages={undefined} theme={undefined} />;

export const overrideTypeChecks = [
  keepsPlaceholder,
  dropsPlaceholder,
  inventsPlaceholder,
  pluralOverride,
  inventsInPlural,
  providerInvents,
  bulkOverride,
  bulkInvents,
  undefinedProps,
];
