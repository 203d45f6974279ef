import { fromReset, parseItems } from './parseRateLimit.js';
import { readHeader } from './readHeader.js';

/** Anything with a `get(name)`, such as a fetch `Headers`. */
export interface HeaderSource {
  get(name: string): string | null | undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SHORT_DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const LONG_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

// The three HTTP-date forms of RFC 9110 §5.6.7, which Retry-After accepts (§10.2.3).
// Written out strictly instead of trusting Date.parse, which accepts almost anything.
const IMF_FIXDATE = /^([A-Za-z]{3}), (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const RFC_850 = /^([A-Za-z]{6,9}), (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const ASCTIME = /^([A-Za-z]{3}) ([A-Za-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;

// Twelve digits of seconds is already ~31 700 years; anything longer is noise.
const DELAY_SECONDS = /^\d{1,12}$/;

/**
 * How long the server asks us to wait, in milliseconds, or `null` when it says
 * nothing usable. Reads `Retry-After` (delay-seconds or HTTP-date), then the
 * `RateLimit` header's `t=` parameter, then `RateLimit-Reset` / `X-RateLimit-Reset`.
 * A date in the past means `0`. Never throws, never returns `NaN` or a negative.
 */
export function parseRetryAfter(headers: HeaderSource | null | undefined, now: number): number | null {
  if (!headers || !Number.isFinite(now)) return null;
  return (
    fromRetryAfter(readHeader(headers, 'retry-after'), now) ??
    fromRateLimit(readHeader(headers, 'ratelimit')) ??
    fromReset(readHeader(headers, 'ratelimit-reset'), now) ??
    fromReset(readHeader(headers, 'x-ratelimit-reset'), now)
  );
}

/**
 * Retry-After (RFC 9110 §10.2.3) is delay-seconds or an HTTP-date. A proxy
 * that merges two headers makes a list (`30, 40`): the longest wait counts.
 * An HTTP-date has a comma of its own, so it is tried whole first; a list
 * with anything else in it is garbage as a whole.
 */
function fromRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const whole = fromOneRetryAfter(value, now);
  if (whole !== null || !value.includes(',')) return whole;
  let longest = 0;
  for (const element of listElements(value)) {
    const wait = fromOneRetryAfter(element, now);
    if (wait === null) return null;
    longest = Math.max(longest, wait);
  }
  return longest;
}

function fromOneRetryAfter(value: string, now: number): number | null {
  if (DELAY_SECONDS.test(value)) return secondsToMs(Number(value));
  const date = parseHttpDate(value, now);
  return date === null ? null : Math.max(0, date - now);
}

/** Splits a list on its commas, but keeps the comma after an HTTP-date's weekday. */
function listElements(value: string): string[] {
  const elements: string[] = [];
  for (const part of value.split(',').map((piece) => piece.trim())) {
    const previous = elements.at(-1);
    if (previous !== undefined && /^[A-Za-z]{3,9}$/.test(previous)) elements[elements.length - 1] = `${previous}, ${part}`;
    else elements.push(part);
  }
  return elements;
}

// RateLimit (draft-ietf-httpapi-ratelimit-headers): `"default";r=0;t=30`, or
// the older `limit=10, remaining=0, reset=30`. With several policies, the
// longest reset among those used up; a policy with requests left is no reason to wait.
function fromRateLimit(value: string | null): number | null {
  if (!value) return null;
  let longest: number | null = null;
  const items = parseItems(value);
  const exhausted = items.filter((item) => (item.params.get('r') ?? item.params.get('remaining')) === 0);
  const unsaid = items.every((item) => !item.params.has('r') && !item.params.has('remaining'));
  for (const item of exhausted.length ? exhausted : unsaid ? items : []) {
    const t = item.params.get('t') ?? item.params.get('reset');
    const wait = t === undefined ? null : secondsToMs(t);
    if (wait !== null && (longest === null || wait > longest)) longest = wait;
  }
  return longest;
}

function secondsToMs(seconds: number): number | null {
  const ms = seconds * 1000;
  return Number.isSafeInteger(ms) ? ms : null;
}

/** Epoch milliseconds of an RFC 9110 HTTP-date, or `null`. */
export function parseHttpDate(value: string, now: number): number | null {
  let m = IMF_FIXDATE.exec(value);
  if (m) {
    if (!SHORT_DAYS.includes(m[1]!.toLowerCase())) return null;
    return utc(Number(m[4]), m[3]!, Number(m[2]), m[5]!, m[6]!, m[7]!);
  }
  m = RFC_850.exec(value);
  if (m) {
    if (!LONG_DAYS.includes(m[1]!.toLowerCase())) return null;
    return utc(fullYear(Number(m[4]), now), m[3]!, Number(m[2]), m[5]!, m[6]!, m[7]!);
  }
  m = ASCTIME.exec(value);
  if (m) {
    if (!SHORT_DAYS.includes(m[1]!.toLowerCase())) return null;
    return utc(Number(m[7]), m[2]!, Number(m[3]!.trim()), m[4]!, m[5]!, m[6]!);
  }
  return null;
}

// RFC 9110 §5.6.7: a two-digit year more than 50 years in the future is read
// as the most recent past year with the same last two digits.
function fullYear(twoDigits: number, now: number): number {
  const thisYear = new Date(now).getUTCFullYear();
  let year = Math.floor(thisYear / 100) * 100 + twoDigits;
  if (year > thisYear + 50) year -= 100;
  return year;
}

function utc(year: number, monthName: string, day: number, hh: string, mm: string, ss: string): number | null {
  const month = MONTHS.indexOf(monthName.toLowerCase());
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = Number(ss);
  if (month < 0 || hours > 23 || minutes > 59 || seconds > 60 || day < 1) return null;
  // A leap second (:60) is folded into the next minute's first second.
  const ms = Date.UTC(year, month, day, hours, minutes, Math.min(seconds, 59));
  const check = new Date(ms);
  // Date.UTC rolls 31 Feb over into March and reads years below 100 as 19xx;
  // a date that moved was never valid.
  if (
    !Number.isFinite(ms) ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month ||
    check.getUTCDate() !== day
  ) {
    return null;
  }
  return ms;
}
