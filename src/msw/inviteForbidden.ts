import type { HttpHandler } from 'msw';
import { inviteErrorResponse, type InviteErrorOptions } from './inviteErrorResponse.js';

/** 403 `forbidden`: the user may not invite people to this group. */
export function inviteForbidden(options: InviteErrorOptions = {}): HttpHandler {
  return inviteErrorResponse('forbidden', options);
}
