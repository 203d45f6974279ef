import { HttpResponse, type HttpHandler } from 'msw';
import type { ServerErrorType } from '../api/inviteErrorTypes.js';
import { createInviteHandler, type InviteHandlerOptions } from './createInviteHandler.js';
import { documentedErrorResponse } from './documentedErrorResponse.js';
import type { RetryAfterOptions } from './retryAfterHeaders.js';
import { INVITE_SUCCESS_BODY } from './inviteSuccess.js';

export interface InviteFailThenSucceedOptions extends InviteHandlerOptions, RetryAfterOptions {
  /**
   * How many requests fail before the first success.
   * @default 1
   */
  failures?: number | undefined;
  /**
   * How they fail: a documented error type, or `'network_error'` for no response at all.
   * @default 'service_unavailable'
   */
  failWith?: ServerErrorType | 'network_error' | undefined;
}

/**
 * Fails the first `failures` requests, then accepts every later one: the way
 * to watch an automatic (or manual) retry succeed. Each call makes a handler
 * with its own count.
 */
export function inviteFailThenSucceed(options: InviteFailThenSucceedOptions = {}): HttpHandler {
  const { failures = 1, failWith = 'service_unavailable' } = options;
  let seen = 0;
  return createInviteHandler(options, () => {
    seen += 1;
    if (seen > failures) return HttpResponse.json(INVITE_SUCCESS_BODY);
    if (failWith === 'network_error') return HttpResponse.error();
    return documentedErrorResponse(failWith, options);
  });
}
