import type { HttpHandler } from 'msw';
import { inviteErrorResponse, type InviteErrorOptions } from './inviteErrorResponse.js';

/** 404 `not_found`: the group (or the person) does not exist. */
export function inviteNotFound(options: InviteErrorOptions = {}): HttpHandler {
  return inviteErrorResponse('not_found', options);
}
