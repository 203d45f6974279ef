import type { HttpHandler } from 'msw';
import { inviteErrorResponse, type InviteErrorOptions } from './inviteErrorResponse.js';

/** 422 `unprocessable_entity`: the email or user ID cannot be invited. */
export function inviteUnprocessableEntity(options: InviteErrorOptions = {}): HttpHandler {
  return inviteErrorResponse('unprocessable_entity', options);
}
