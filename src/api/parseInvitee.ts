import type { Invitee } from './createInviteClient.js';

/** Why a typed value is not an invitee; each one is also a message key. */
export type InviteeProblem = 'validation.required' | 'validation.email' | 'validation.userId';

export type ParsedInvitee = { ok: true; invitee: Invitee } | { ok: false; problem: InviteeProblem };

// Decimal digits people type on the API's audience's keyboards (Arabic-Indic,
// Persian, Devanagari, Bengali, Thai, full-width): each block runs 0–9 from its zero.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10];

const LOCAL_PART = /^[^\s@"(),:;<>[\\\]]{1,64}$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{2,59})$/u;

/**
 * Reads what a person typed into the "Email or user ID" field: trimmed; with
 * an `@` it is an email (domain lower-cased, local part kept as typed); all
 * digits is a user ID (a positive safe integer); anything else is a problem.
 */
export function parseInvitee(raw: string): ParsedInvitee {
  const value = raw.trim();
  if (value === '') return { ok: false, problem: 'validation.required' };

  if (value.includes('@')) {
    const at = value.lastIndexOf('@');
    const local = value.slice(0, at);
    const domain = value.slice(at + 1).toLowerCase();
    return isLocalPart(local) && isDomain(domain)
      ? { ok: true, invitee: { email: `${local}@${domain}` } }
      : { ok: false, problem: 'validation.email' };
  }

  const digits = toAsciiDigits(value);
  if (/^\d+$/.test(digits)) {
    const userId = Number(digits);
    return Number.isSafeInteger(userId) && userId > 0
      ? { ok: true, invitee: { userId } }
      : { ok: false, problem: 'validation.userId' };
  }
  // Letters mean someone was typing an address; anything else an ID gone wrong.
  return { ok: false, problem: /\p{L}/u.test(value) ? 'validation.email' : 'validation.userId' };
}

function isLocalPart(local: string): boolean {
  return LOCAL_PART.test(local) && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..');
}

function isDomain(domain: string): boolean {
  if (domain.length > 253) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label)) && TOP_LEVEL.test(labels.at(-1)!);
}

function toAsciiDigits(value: string): string {
  return value.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    return zero === undefined ? digit : String(code - zero);
  });
}
