import { HttpResponse, type HttpHandler } from 'msw';
import { createInviteHandler, type InviteHandlerOptions } from './createInviteHandler.js';

const PAGE = '<!doctype html><html><head><title>Sign in</title></head><body><form action="/login"></form></body></html>';

/**
 * A 200 that is not the API's answer: an HTML page (a captive portal or a
 * login page in between). It proves nothing was sent, so it is no success.
 */
export function inviteUnknownResponse(options: InviteHandlerOptions = {}): HttpHandler {
  return createInviteHandler(options, () => HttpResponse.html(PAGE, { status: 200 }));
}
