import { HttpResponse } from 'msw';
import type { ServerErrorType } from '../api/inviteErrorTypes.js';
import { DOCUMENTED_ERRORS } from './documentedErrors.js';
import { retryAfterHeaders, type RetryAfterOptions } from './retryAfterHeaders.js';

export interface DocumentedErrorResponseOptions extends RetryAfterOptions {
  /**
   * The HTTP status to answer with.
   * @default the documented status of the error type (400, 401, … 504)
   */
  status?: number | undefined;
  /**
   * The JSON body to answer with, e.g. the older `{ success: false, error: { code, message } }` shape.
   * @default the documented example body `{ message, type, success: false }`
   */
  body?: unknown | undefined;
  /** More response headers. @default {} */
  headers?: Record<string, string> | undefined;
}

/** The documented response for `type`, with the wait headers asked for, as of `now` (epoch ms). */
export function documentedErrorResponse(
  type: ServerErrorType,
  options: DocumentedErrorResponseOptions = {},
  now: number = Date.now(),
): Response {
  const documented = DOCUMENTED_ERRORS[type];
  return HttpResponse.json(options.body === undefined ? documented.body : (options.body as object), {
    status: options.status ?? documented.status,
    headers: { ...retryAfterHeaders(options, now), ...options.headers },
  });
}
