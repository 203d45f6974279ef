import type { HttpHandler } from 'msw';
import { inviteErrorResponse, type InviteErrorOptions } from './inviteErrorResponse.js';

/** 401 `unauthorized`: the user's session is missing or has expired. */
export function inviteUnauthorized(options: InviteErrorOptions = {}): HttpHandler {
  return inviteErrorResponse('unauthorized', options);
}
