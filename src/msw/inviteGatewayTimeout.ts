import type { HttpHandler } from 'msw';
import { inviteErrorResponse, type InviteErrorOptions } from './inviteErrorResponse.js';

/** 504 `gateway_timeout`: the upstream server did not answer in time. */
export function inviteGatewayTimeout(options: InviteErrorOptions = {}): HttpHandler {
  return inviteErrorResponse('gateway_timeout', options);
}
