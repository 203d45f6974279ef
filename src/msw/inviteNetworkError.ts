import { HttpResponse, type HttpHandler } from 'msw';
import { createInviteHandler, type InviteHandlerOptions } from './createInviteHandler.js';

/** No response at all, as when the connection drops or DNS fails: `fetch` rejects. */
export function inviteNetworkError(options: InviteHandlerOptions = {}): HttpHandler {
  return createInviteHandler(options, () => HttpResponse.error());
}
