import type { HeaderSource } from './parseRetryAfter.js';
import { readHeader } from './readHeader.js';

/** What a response announces of the quota it was counted against. */
export interface RateLimitInfo {
  /** Requests still allowed before the quota resets. */
  remaining: number;
  /** Milliseconds until it resets, or `null` when not said. */
  resetMs: number | null;
  /** Requests per window, or `null` when not said. */
  limit: number | null;
  /** The window's length in milliseconds, or `null` when not said. */
  windowMs: number | null;
}

/** One member of a `RateLimit` or `RateLimit-Policy` field: its name and integer parameters. */
export interface RateLimitItem {
  name: string | null;
  params: Map<string, number>;
}

const INTEGER = /^\d{1,12}$/;

/**
 * The quota a response announces, in any of the forms servers use:
 * `RateLimit: "default";r=5;t=30` with `RateLimit-Policy: "default";q=10;w=60`
 * (draft-ietf-httpapi-ratelimit-headers, current), the older
 * `RateLimit: limit=10, remaining=5, reset=30`, separate
 * `RateLimit-Limit` / `-Remaining` / `-Reset`, or the `X-RateLimit-*` ones
 * (whose reset is often an epoch). With several policies, the tightest one
 * (fewest requests left). `null` when nothing usable is announced.
 */
export function parseRateLimit(headers: HeaderSource | null | undefined, now: number): RateLimitInfo | null {
  if (!headers || !Number.isFinite(now)) return null;
  const combined = readHeader(headers, 'ratelimit');
  if (combined) {
    const items = parseItems(combined);
    const known = items.filter((item) => item.params.has('r'));
    if (known.length) {
      const tightest = known.reduce((a, b) => (r(b) < r(a) || (r(b) === r(a) && t(b) > t(a)) ? b : a));
      const policies = parseItems(readHeader(headers, 'ratelimit-policy') ?? '');
      const policy = policies.find((p) => p.name === tightest.name) ?? (policies.length === 1 ? policies[0] : undefined);
      return info(r(tightest), tightest.params.get('t'), policy?.params.get('q'), policy?.params.get('w'));
    }
    const old = items.find((item) => item.params.has('remaining'));
    if (old) return info(old.params.get('remaining')!, old.params.get('reset'), old.params.get('limit'), undefined);
  }
  for (const prefix of ['ratelimit-', 'x-ratelimit-']) {
    const remaining = readHeader(headers, `${prefix}remaining`);
    if (remaining === null || !INTEGER.test(remaining)) continue;
    const limit = readHeader(headers, `${prefix}limit`)?.split(/[,;]/)[0]?.trim() ?? '';
    return {
      remaining: Number(remaining),
      resetMs: fromReset(readHeader(headers, `${prefix}reset`), now),
      limit: INTEGER.test(limit) ? Number(limit) : null,
      windowMs: null,
    };
  }
  return null;
}

function info(remaining: number, t: number | undefined, q: number | undefined, w: number | undefined): RateLimitInfo {
  return { remaining, resetMs: seconds(t), limit: q ?? null, windowMs: seconds(w) };
}

function seconds(value: number | undefined): number | null {
  return value === undefined || !Number.isSafeInteger(value * 1000) ? null : value * 1000;
}

const r = (item: RateLimitItem) => item.params.get('r')!;
const t = (item: RateLimitItem) => item.params.get('t') ?? 0;

/**
 * The members of a structured-field list (RFC 9651), kept to what these
 * headers use: `"name";key=int;key=int, …`, or the older `key=int, key=int`
 * (read as one nameless member). Parameters that are not non-negative
 * integers are left out.
 */
export function parseItems(value: string): RateLimitItem[] {
  const items: RateLimitItem[] = [];
  let dictionary: RateLimitItem | null = null;
  for (const member of splitOutsideQuotes(value, ',')) {
    const [head = '', ...rest] = splitOutsideQuotes(member, ';').map((part) => part.trim());
    const pair = /^([a-z][a-z0-9_.*-]*)=(.*)$/.exec(head);
    if (pair && !rest.length) {
      if (!dictionary) items.push((dictionary = { name: null, params: new Map() }));
      if (INTEGER.test(pair[2]!)) dictionary.params.set(pair[1]!, Number(pair[2]));
      continue;
    }
    const params = new Map<string, number>();
    for (const param of rest) {
      const [key, raw] = param.split('=').map((part) => part.trim());
      if (key && raw !== undefined && INTEGER.test(raw)) params.set(key, Number(raw));
    }
    items.push({ name: head.replace(/^"|"$/g, ''), params });
  }
  return items;
}

function splitOutsideQuotes(value: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '"' && value[i - 1] !== '\\') quoted = !quoted;
    else if (char === separator && !quoted) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.filter((part) => part.trim() !== '');
}

/**
 * `RateLimit-Reset` and `X-RateLimit-Reset` come as delta-seconds or as an
 * epoch, in seconds or in milliseconds, depending on the server. Told apart by size.
 */
export function fromReset(value: string | null, now: number): number | null {
  if (!value || !/^\d{1,16}$/.test(value)) return null;
  const n = Number(value);
  if (n < 1e9) return seconds(n);
  const epochMs = n < 1e12 ? n * 1000 : n;
  return Number.isSafeInteger(epochMs) ? Math.max(0, epochMs - now) : null;
}
