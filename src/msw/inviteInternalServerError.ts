import type { HttpHandler } from 'msw';
import { inviteErrorResponse, type InviteErrorOptions } from './inviteErrorResponse.js';

/** 500 `internal_server_error`: the invitation may or may not have been applied. */
export function inviteInternalServerError(options: InviteErrorOptions = {}): HttpHandler {
  return inviteErrorResponse('internal_server_error', options);
}
