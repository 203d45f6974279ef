import { HttpResponse, type HttpHandler } from 'msw';
import type { ServerErrorType } from '../api/inviteErrorTypes.js';
import { createInviteHandler, type InviteHandlerOptions } from './createInviteHandler.js';
import { documentedErrorResponse } from './documentedErrorResponse.js';
import { INVITE_SUCCESS_BODY } from './inviteSuccess.js';
import type { RetryAfterOptions } from './retryAfterHeaders.js';

/** The statuses an outage answers with. */
export type OutageStatus = 500 | 502 | 503 | 504;

const OUTAGE_ERRORS: Readonly<Record<OutageStatus, ServerErrorType>> = {
  500: 'internal_server_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
};

export interface InviteOutageOptions extends InviteHandlerOptions, RetryAfterOptions {
  /**
   * The status every failed request gets, with its documented body.
   * @default 503
   */
  status?: OutageStatus | undefined;
  /**
   * How many requests fail before the server is back; later ones are invited.
   * @default Infinity (the outage never ends)
   */
  failures?: number | undefined;
}

/**
 * A server that is down: answers the documented 500, 502, 503 or 504 to the
 * first `failures` requests, whoever they invite, then accepts every later
 * one. The way to watch a batch spend its retry budget and not multiply
 * traffic. Each call makes a handler with its own count.
 *
 * @example
 * inviteOutage()                                    // 503 to everything, no Retry-After
 * inviteOutage({ status: 502, failures: 5 })        // five 502s, then back up
 * inviteOutage({ retryAfter: 2, failures: 3 })      // three 503s asking for 2 s each
 */
export function inviteOutage(options: InviteOutageOptions = {}): HttpHandler {
  const { status = 503, failures = Infinity } = options;
  const type = OUTAGE_ERRORS[status] as ServerErrorType | undefined;
  if (type === undefined) {
    throw new TypeError(`inviteOutage: status must be 500, 502, 503 or 504, not ${String(status)}.`);
  }
  const { retryAfter, retryAfterFormat, rateLimitReset } = options;
  let seen = 0;
  return createInviteHandler(options, () => {
    seen += 1;
    if (seen > failures) return HttpResponse.json(INVITE_SUCCESS_BODY);
    return documentedErrorResponse(type, { retryAfter, retryAfterFormat, rateLimitReset });
  });
}
