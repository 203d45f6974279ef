import { HttpResponse, type HttpHandler } from 'msw';
import { createInviteHandler, type InviteHandlerOptions } from './createInviteHandler.js';
import { retryAfterHeaders, type RetryAfterOptions } from './retryAfterHeaders.js';

export interface InviteBadGatewayHtmlOptions extends InviteHandlerOptions, RetryAfterOptions {
  /** @default 502 */
  status?: number | undefined;
}

const PAGE = '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr><p>proxy</p></body></html>';

/** A 502 the way a proxy in front of the API sends it: an HTML page, not JSON. */
export function inviteBadGatewayHtml(options: InviteBadGatewayHtmlOptions = {}): HttpHandler {
  return createInviteHandler(options, () =>
    HttpResponse.html(PAGE, { status: options.status ?? 502, headers: retryAfterHeaders(options, Date.now()) }),
  );
}
