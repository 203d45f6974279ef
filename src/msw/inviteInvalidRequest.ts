import type { HttpHandler } from 'msw';
import { inviteErrorResponse, type InviteErrorOptions } from './inviteErrorResponse.js';

/** 400 `invalid_request`: the request is missing parameters or is invalid. */
export function inviteInvalidRequest(options: InviteErrorOptions = {}): HttpHandler {
  return inviteErrorResponse('invalid_request', options);
}
