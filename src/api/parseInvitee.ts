import type { Invitee } from './createInviteClient.js';

/** Why a typed value is not an invitee; each one is also a message key. */
export type InviteeProblem = 'validation.required' | 'validation.email' | 'validation.userId';

export type ParsedInvitee = { ok: true; invitee: Invitee } | { ok: false; problem: InviteeProblem };

// Invisible format characters (zero-width space, the bidi marks pasting from
// right-to-left text brings along, soft hyphen, word joiner, BOM): dropped.
const FORMAT = /\p{Cf}/gu;
// Control characters (NUL, tabs or line breaks inside the value): never sent.
const CONTROL = /\p{Cc}/u;
const LOCAL_PART = /^[^\s@"(),:;<>[\\\]]{1,64}$/u;
// What would change how the URL parser reads the host, or sneak in an escape.
const NOT_IN_DOMAIN = /[\s/?#@:%\\[\]]/u;
// The host as the URL parser serializes it: ASCII labels of 1–63 letters,
// digits and inner hyphens, and a top-level domain of letters (or `xn--`).
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Reads what a person typed into the "Email or user ID" field: trimmed, with
 * invisible format characters dropped; with an `@` it is an email (the domain
 * normalized the way the browser's URL parser does it, UTS #46: lower case,
 * full-width letters folded, internationalized names as `xn--`; the local part
 * kept as typed); digits in any script are a user ID (a positive safe
 * integer); anything else is a problem.
 */
export function parseInvitee(raw: string): ParsedInvitee {
  const value = String(raw).replace(FORMAT, '').trim();
  if (value === '') return { ok: false, problem: 'validation.required' };
  const looksLikeEmail = value.includes('@');
  if (CONTROL.test(value)) return { ok: false, problem: looksLikeEmail || /\p{L}/u.test(value) ? 'validation.email' : 'validation.userId' };

  if (looksLikeEmail) {
    const at = value.lastIndexOf('@');
    const local = value.slice(0, at);
    const domain = normalizeDomain(value.slice(at + 1));
    return isLocalPart(local) && domain
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

/**
 * The domain as the WHATWG URL parser leaves it (its host parsing applies
 * UTS #46, so `ＥＸＡＭＰＬＥ.com` is `example.com` and `KİTAP.com.tr` its
 * `xn--` form), or `null` when it is no domain a mail could go to.
 */
function normalizeDomain(domain: string): string | null {
  if (domain === '' || NOT_IN_DOMAIN.test(domain)) return null;
  let host: string;
  try {
    host = new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
  return host.length <= 253 && HOST.test(host) ? host : null;
}

/**
 * Any decimal digit (`\p{Nd}`: Arabic-Indic, Persian, Devanagari, Bengali,
 * Thai, full-width, …) as its ASCII digit. Unicode keeps every such digit in
 * a run of ten from 0 to 9, so a digit's value is its distance from the start
 * of its run, modulo ten (some runs sit back to back).
 */
function toAsciiDigits(value: string): string {
  return value.replace(/[^\P{Nd}0-9]/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    let start = code;
    while (start > 0 && DIGIT.test(String.fromCodePoint(start - 1))) start--;
    return String((code - start) % 10);
  });
}

const DIGIT = /^\p{Nd}$/u;
