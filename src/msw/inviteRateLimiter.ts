import { HttpResponse, type HttpHandler } from 'msw';
import { createInviteHandler, type InviteHandlerOptions } from './createInviteHandler.js';
import { documentedErrorResponse } from './documentedErrorResponse.js';
import { INVITE_SUCCESS_BODY } from './inviteSuccess.js';

/** How a rate limiter counts: in back-to-back windows, or over the trailing `windowMs`. */
export type RateLimiterWindow = 'fixed' | 'sliding';

export interface InviteRateLimiterOptions extends InviteHandlerOptions {
  /**
   * Invitations accepted per window.
   * @default 3
   */
  limit?: number | undefined;
  /**
   * The window's length in milliseconds. A fixed window starts with the first
   * request after the previous one ended; a sliding one always ends now.
   * @default 60000
   */
  windowMs?: number | undefined;
  /**
   * `'fixed'`: `limit` invitations per window, and a 429 waits for the window
   * to end. `'sliding'`: at most `limit` invitations in any trailing
   * `windowMs`, and a 429 waits until the oldest of them leaves the window.
   * @default 'fixed'
   */
  window?: RateLimiterWindow | undefined;
  /**
   * Announces the quota on every answer with the `RateLimit`
   * (`"default";r=<left>;t=<seconds>`) and `RateLimit-Policy`
   * (`"default";q=<limit>;w=<window seconds>`) headers. `false` sends no
   * `RateLimit*` header at all, only `Retry-After` on a 429: a server the
   * client learns the quota of from its refusals alone.
   * @default true
   */
  announce?: boolean | undefined;
  /**
   * The clock, in epoch milliseconds; inject one to drive the window in tests.
   * @default Date.now
   */
  now?: (() => number) | undefined;
}

interface Admission {
  accepted: boolean;
  /** Invitations still accepted right now, once this one is counted. */
  left: number;
  /** Milliseconds until more quota is made available. */
  resetMs: number;
}

/**
 * Behaves like a rate-limited server: accepts `limit` invitations per window
 * (fixed or sliding), then answers 429 with `Retry-After` set to the whole
 * seconds, rounded up, until one more would be accepted. Unless
 * `announce: false`, every answer carries the `RateLimit` and
 * `RateLimit-Policy` headers, whose `t` is the seconds until more quota is
 * made available (draft-ietf-httpapi-ratelimit-headers): the end of a fixed
 * window, or when the oldest accepted invitation leaves a sliding one. Each
 * call makes a handler with its own window.
 *
 * @example
 * inviteRateLimiter({ limit: 10, windowMs: 1000 })                     // 10 per second, announced
 * inviteRateLimiter({ limit: 10, windowMs: 1000, window: 'sliding' }) // 10 in any second
 * inviteRateLimiter({ limit: 10, windowMs: 1000, announce: false })   // Retry-After only
 */
export function inviteRateLimiter(options: InviteRateLimiterOptions = {}): HttpHandler {
  const { limit = 3, windowMs = 60_000, window = 'fixed', announce = true, now = Date.now } = options;
  if (window !== 'fixed' && window !== 'sliding') {
    throw new TypeError(`inviteRateLimiter: window must be 'fixed' or 'sliding', not ${String(window)}.`);
  }
  const admit = window === 'fixed' ? fixedWindow(limit, windowMs) : slidingWindow(limit, windowMs);
  const policy = `"default";q=${limit};w=${Math.ceil(windowMs / 1000)}`;
  return createInviteHandler(options, () => {
    const time = now();
    const { accepted, left, resetMs } = admit(time);
    // Whole seconds, rounded up: never asks for less than the real wait.
    const resetSeconds = Math.max(1, Math.ceil(resetMs / 1000));
    if (!accepted) {
      return documentedErrorResponse(
        'rate_limit_exceeded',
        announce
          ? { retryAfter: resetSeconds, rateLimitReset: resetSeconds, headers: { 'RateLimit-Policy': policy } }
          : { retryAfter: resetSeconds },
        time,
      );
    }
    if (!announce) return HttpResponse.json(INVITE_SUCCESS_BODY);
    return HttpResponse.json(INVITE_SUCCESS_BODY, {
      headers: { RateLimit: `"default";r=${left};t=${resetSeconds}`, 'RateLimit-Policy': policy },
    });
  });
}

function fixedWindow(limit: number, windowMs: number): (time: number) => Admission {
  let windowStart: number | null = null;
  let used = 0;
  return (time) => {
    if (windowStart === null || time >= windowStart + windowMs) {
      windowStart = time;
      used = 0;
    }
    const resetMs = windowStart + windowMs - time;
    if (used >= limit) return { accepted: false, left: 0, resetMs };
    used += 1;
    return { accepted: true, left: limit - used, resetMs };
  };
}

function slidingWindow(limit: number, windowMs: number): (time: number) => Admission {
  // When each invitation still in the window was accepted.
  let acceptedAt: number[] = [];
  const untilOldestLeaves = (time: number) =>
    acceptedAt.length === 0 ? windowMs : Math.min(...acceptedAt) + windowMs - time;
  return (time) => {
    // An invitation accepted at `t` counts while `time < t + windowMs`, as a fixed window does.
    acceptedAt = acceptedAt.filter((at) => at + windowMs > time);
    if (acceptedAt.length >= limit) return { accepted: false, left: 0, resetMs: untilOldestLeaves(time) };
    acceptedAt.push(time);
    return { accepted: true, left: limit - acceptedAt.length, resetMs: untilOldestLeaves(time) };
  };
}
