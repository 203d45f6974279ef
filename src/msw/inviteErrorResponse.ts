import type { HttpHandler } from 'msw';
import type { ServerErrorType } from '../api/inviteErrorTypes.js';
import { createInviteHandler, type InviteHandlerOptions } from './createInviteHandler.js';
import { documentedErrorResponse, type DocumentedErrorResponseOptions } from './documentedErrorResponse.js';

/** Options for a handler that answers with one of the documented errors. */
export interface InviteErrorOptions extends InviteHandlerOptions, DocumentedErrorResponseOptions {}

/** Answers every invitation with the documented response for `type` (see `DOCUMENTED_ERRORS`). */
export function inviteErrorResponse(type: ServerErrorType, options: InviteErrorOptions = {}): HttpHandler {
  return createInviteHandler(options, () => documentedErrorResponse(type, options));
}
