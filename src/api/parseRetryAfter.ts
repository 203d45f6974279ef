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
    fromRetryAfter(read(headers, 'retry-after'), now) ??
    fromRateLimit(read(headers, 'ratelimit')) ??
    fromReset(read(headers, 'ratelimit-reset'), now) ??
    fromReset(read(headers, 'x-ratelimit-reset'), now)
  );
}

function read(headers: HeaderSource, name: string): string | null {
  try {
    const value = headers.get(name);
    return typeof value === 'string' ? value.trim() : null;
  } catch {
    // A hand-made header source may throw; a bad header is the same as none.
    return null;
  }
}

function fromRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  if (DELAY_SECONDS.test(value)) return secondsToMs(Number(value));
  const date = parseHttpDate(value, now);
  return date === null ? null : Math.max(0, date - now);
}

// RateLimit (draft-ietf-httpapi-ratelimit-headers): `"default";r=0;t=30`.
function fromRateLimit(value: string | null): number | null {
  if (!value) return null;
  const match = /(?:^|[;,\s])t=(\d{1,12})(?=$|[;,\s])/.exec(value);
  return match ? secondsToMs(Number(match[1])) : null;
}

// RateLimit-Reset and X-RateLimit-Reset come as delta-seconds or as an epoch,
// in seconds or in milliseconds, depending on the server. Tell them apart by size.
function fromReset(value: string | null, now: number): number | null {
  if (!value || !/^\d{1,16}$/.test(value)) return null;
  const n = Number(value);
  if (n < 1e9) return secondsToMs(n);
  const epochMs = n < 1e12 ? n * 1000 : n;
  return Number.isSafeInteger(epochMs) ? Math.max(0, epochMs - now) : null;
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
