import { HttpResponse, type HttpHandler } from 'msw';
import { createInviteHandler, type InviteHandlerOptions } from './createInviteHandler.js';

/** Options for a handler that accepts the invitation. */
export interface InviteSuccessOptions extends InviteHandlerOptions {
  /** @default 200 */
  status?: number | undefined;
  /** @default the documented `{ success: true, data: { message: 'User has been invited successfully.' } }` */
  body?: unknown | undefined;
  /** More response headers. @default {} */
  headers?: Record<string, string> | undefined;
}

/** The documented success body. */
export const INVITE_SUCCESS_BODY = { success: true, data: { message: 'User has been invited successfully.' } } as const;

/** Accepts every invitation with the documented success body. */
export function inviteSuccess(options: InviteSuccessOptions = {}): HttpHandler {
  return createInviteHandler(options, () =>
    HttpResponse.json(options.body === undefined ? INVITE_SUCCESS_BODY : (options.body as object), {
      status: options.status ?? 200,
      headers: options.headers,
    }),
  );
}
