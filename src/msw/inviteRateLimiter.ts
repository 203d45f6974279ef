import { HttpResponse, type HttpHandler } from 'msw';
import { createInviteHandler, type InviteHandlerOptions } from './createInviteHandler.js';
import { documentedErrorResponse } from './documentedErrorResponse.js';
import { INVITE_SUCCESS_BODY } from './inviteSuccess.js';

export interface InviteRateLimiterOptions extends InviteHandlerOptions {
  /**
   * Invitations accepted per window.
   * @default 3
   */
  limit?: number | undefined;
  /**
   * The window's length in milliseconds; it starts with the first request after the previous one ended.
   * @default 60000
   */
  windowMs?: number | undefined;
  /**
   * The clock, in epoch milliseconds; inject one to drive the window in tests.
   * @default Date.now
   */
  now?: (() => number) | undefined;
}

/**
 * Behaves like a server with a fixed-window quota: accepts `limit` invitations
 * per window, then answers 429 with `Retry-After` set to the whole seconds
 * left in the window, until the window ends. Every answer carries the
 * `RateLimit` and `RateLimit-Policy` headers. Each call makes a handler with
 * its own window.
 */
export function inviteRateLimiter(options: InviteRateLimiterOptions = {}): HttpHandler {
  const { limit = 3, windowMs = 60_000, now = Date.now } = options;
  const policy = `"default";q=${limit};w=${Math.ceil(windowMs / 1000)}`;
  let windowStart: number | null = null;
  let used = 0;
  return createInviteHandler(options, () => {
    const time = now();
    if (windowStart === null || time >= windowStart + windowMs) {
      windowStart = time;
      used = 0;
    }
    const resetSeconds = Math.max(1, Math.ceil((windowStart + windowMs - time) / 1000));
    if (used >= limit) {
      return documentedErrorResponse(
        'rate_limit_exceeded',
        { retryAfter: resetSeconds, rateLimitReset: resetSeconds, headers: { 'RateLimit-Policy': policy } },
        time,
      );
    }
    used += 1;
    return HttpResponse.json(INVITE_SUCCESS_BODY, {
      headers: { RateLimit: `"default";r=${limit - used};t=${resetSeconds}`, 'RateLimit-Policy': policy },
    });
  });
}
