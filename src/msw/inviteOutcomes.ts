import { HttpResponse, type HttpHandler } from 'msw';
import type { Invitee } from '../api/createInviteClient.js';
import type { ServerErrorType } from '../api/inviteErrorTypes.js';
import { inviteeBody } from '../api/inviteeBody.js';
import { inviteeKey } from '../api/inviteeKey.js';
import { createInviteHandler, type InviteHandlerOptions } from './createInviteHandler.js';
import { documentedErrorResponse } from './documentedErrorResponse.js';
import { INVITE_SUCCESS_BODY } from './inviteSuccess.js';

/** How the request for one invitee fails: a documented error type, or `'network_error'` for no response at all. */
export type InviteOutcome = ServerErrorType | 'network_error';

export interface InviteOutcomesOptions extends InviteHandlerOptions {
  /**
   * The invitees that fail, and how: keys are emails (matched in any case)
   * or user IDs (`153` or `'153'`). Every other invitee is invited.
   *
   * @example
   * { 'gone@example.org': 'not_found', 153: 'unprocessable_entity', 'flaky@example.org': 'network_error' }
   */
  outcomes: Readonly<Record<string, InviteOutcome>>;
}

/**
 * Answers each invitee on its own, as a batch meets them: those named in
 * `outcomes` get the documented response for their error type (or no
 * response, for `'network_error'`), every other one the documented success
 * body. It reads the request body to tell them apart; a body that is not
 * JSON with exactly one of `email` (a string) or `userId` (a positive integer) is a
 * 400 `invalid_request`, as the endpoint documents.
 */
export function inviteOutcomes(options: InviteOutcomesOptions): HttpHandler {
  const outcomes = new Map<string, InviteOutcome>();
  for (const [key, outcome] of Object.entries(options.outcomes)) outcomes.set(outcomeKey(key), outcome);
  return createInviteHandler(options, async (request) => {
    const key = requestKey(await request.text());
    if (key === null) return documentedErrorResponse('invalid_request');
    const outcome = outcomes.get(key);
    if (outcome === undefined) return HttpResponse.json(INVITE_SUCCESS_BODY);
    if (outcome === 'network_error') return HttpResponse.error();
    return documentedErrorResponse(outcome);
  });
}

/** Who a request body invites, as the library tells invitees apart, or `null` for a body that is no invitee. */
function requestKey(text: string): string | null {
  try {
    return inviteeKey(inviteeBody(JSON.parse(text) as Invitee, 'the request body')).trim() || null;
  } catch {
    return null;
  }
}

/** The same for a key of `outcomes`: digits are a user ID, anything else an email. */
function outcomeKey(key: string): string {
  const trimmed = key.trim();
  return /^\d+$/.test(trimmed) ? inviteeKey({ userId: Number(trimmed) }) : inviteeKey({ email: trimmed });
}
