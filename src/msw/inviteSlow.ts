import type { HttpHandler } from 'msw';
import { inviteSuccess, type InviteSuccessOptions } from './inviteSuccess.js';

/**
 * Accepts the invitation after a while, to show the submitting state.
 * `delay: 'infinite'` never answers, which with a short client `timeoutMs`
 * gives a `timeout` error.
 */
export function inviteSlow(options: InviteSuccessOptions = {}): HttpHandler {
  return inviteSuccess({ ...options, delay: options.delay ?? 3000 });
}
