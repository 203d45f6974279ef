import type { HttpHandler } from 'msw';
import { inviteErrorResponse, type InviteErrorOptions } from './inviteErrorResponse.js';

/**
 * 429 `rate_limit_exceeded`. Without options it sends no wait header, as the
 * provider's docs promise none; add one to see the countdown.
 *
 * @example
 * inviteRateLimited({ retryAfter: 3 })                               // Retry-After: 3
 * inviteRateLimited({ retryAfter: 3, retryAfterFormat: 'http-date' }) // Retry-After: <date 3 s ahead>
 * inviteRateLimited({ rateLimitReset: 3 })                           // RateLimit: "default";r=0;t=3
 */
export function inviteRateLimited(options: InviteErrorOptions = {}): HttpHandler {
  return inviteErrorResponse('rate_limit_exceeded', options);
}
