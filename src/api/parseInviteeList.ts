import type { Invitee } from './createInviteClient.js';
import { inviteeKey } from './inviteeKey.js';
import { parseInvitee, type InviteeProblem } from './parseInvitee.js';

/** Why an entry of a pasted list is not sent. */
export type InviteeListProblem = InviteeProblem | 'duplicate' | 'too_many';

/** One entry of a pasted list, in the order it came. */
export interface InviteeListEntry {
  /** The entry as found (an address without its display name, a `mailto:` without its scheme). */
  raw: string;
  /** The invitee it reads as, or `null` when it is not valid. */
  invitee: Invitee | null;
  /** Why it is not sent, or `null` when it is. */
  problem: InviteeListProblem | null;
}

export interface ParsedInviteeList {
  entries: InviteeListEntry[];
  /** The valid invitees, each once, in order, at most `max` of them: what would be sent. */
  invitees: Invitee[];
}

export interface ParseInviteeListOptions {
  /**
   * The most invitees one batch may hold; valid entries past it are reported
   * as `too_many` and not sent.
   * @default 50
   */
  max?: number | undefined;
}

/**
 * Reads what people paste into the bulk field: a column copied from a
 * spreadsheet (new lines, CRLF, tabs), an email client's list
 * (`Ann <ann@x.org>; "Lee, Bo" <bo@y.org>`), `mailto:` links, or values
 * separated by commas, semicolons or spaces. Each entry is validated as the
 * single field is (`parseInvitee`); repeats (emails compared case-insensitively,
 * IDs as numbers) and entries past `max` are reported, not sent. Linear in
 * the length of the text.
 */
export function parseInviteeList(text: string, { max = 50 }: ParseInviteeListOptions = {}): ParsedInviteeList {
  // Programming mistakes, named rather than read as a list or as no limit.
  if (typeof text !== 'string') throw new TypeError('parseInviteeList: `text` must be a string.');
  checkMax(max);
  const entries: InviteeListEntry[] = [];
  const invitees: Invitee[] = [];
  const seen = new Set<string>();
  for (const raw of splitList(text)) {
    const parsed = parseInvitee(raw);
    if (!parsed.ok) {
      entries.push({ raw, invitee: null, problem: parsed.problem });
      continue;
    }
    const { invitee } = parsed;
    const key = inviteeKey(invitee);
    const problem = seen.has(key) ? 'duplicate' : invitees.length >= max ? 'too_many' : null;
    if (!problem) {
      seen.add(key);
      invitees.push(invitee);
    }
    entries.push({ raw, invitee, problem });
  }
  return { entries, invitees };
}

/** Throws a `TypeError` unless `max` is a limit: a whole number of people (0: no seat left) or `Infinity`. */
export function checkMax(max: number): void {
  if (!(max === Infinity || (Number.isSafeInteger(max) && max >= 0))) {
    throw new TypeError(`parseInviteeList: \`max\` must be a whole number or Infinity (got ${max}).`);
  }
}

// Tabs separate a spreadsheet's cells, and never sit inside a display name.
const SEPARATOR = /[,;\t\r\n]/;

/**
 * The entries of a list. Commas, semicolons, tabs and line breaks end an
 * entry unless inside quotes or angle brackets (`"Lee, Bo" <bo@y.org>`); an
 * entry with angle-bracketed addresses is those addresses (display names
 * dropped); any other entry may hold several values separated by spaces, and
 * a quoted display name on its own is not a value.
 */
function* splitList(text: string): Generator<string> {
  let quoted = false;
  let angled = false;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const char = text[i];
    if (char === '"' && !angled) quoted = !quoted;
    else if (char === '<' && !quoted) angled = true;
    else if (char === '>' && !quoted) angled = false;
    else if (i === text.length || (!quoted && !angled && SEPARATOR.test(char!))) {
      yield* valuesOf(text.slice(start, i));
      start = i + 1;
      // An unmatched quote or bracket ends with its line.
      quoted = angled = false;
    }
  }
}

function* valuesOf(segment: string): Generator<string> {
  // Quoted text is a display name, never a value.
  const unquoted = segment.replace(/"[^"]*"?/g, ' ');
  const addresses = Array.from(unquoted.matchAll(/<([^<>]*)>/g), (match) => match[1]!);
  const values = addresses.length ? addresses : unquoted.split(/\s+/);
  for (const value of values) {
    const cleaned = withoutMailto(value.trim());
    if (cleaned) yield cleaned;
  }
}

/** `mailto:ann@x.org?subject=Hi` → `ann@x.org`, percent-escapes decoded. */
function withoutMailto(value: string): string {
  if (!/^mailto:/i.test(value)) return value;
  const address = value.slice(7).split('?')[0]!;
  try {
    return decodeURIComponent(address);
  } catch {
    return address;
  }
}
