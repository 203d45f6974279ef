import type { HttpHandler } from 'msw';
import { inviteErrorResponse, type InviteErrorOptions } from './inviteErrorResponse.js';

/**
 * 503 `service_unavailable`. Without options it sends no `Retry-After`.
 *
 * @example
 * inviteServiceUnavailable({ retryAfter: 2 })                               // Retry-After: 2
 * inviteServiceUnavailable({ retryAfter: 2, retryAfterFormat: 'http-date' }) // Retry-After: <date 2 s ahead>
 */
export function inviteServiceUnavailable(options: InviteErrorOptions = {}): HttpHandler {
  return inviteErrorResponse('service_unavailable', options);
}
