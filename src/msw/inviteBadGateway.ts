import type { HttpHandler } from 'msw';
import { inviteErrorResponse, type InviteErrorOptions } from './inviteErrorResponse.js';

/** 502 `bad_gateway` as the documented JSON; see `inviteBadGatewayHtml` for a proxy's HTML page. */
export function inviteBadGateway(options: InviteErrorOptions = {}): HttpHandler {
  return inviteErrorResponse('bad_gateway', options);
}
