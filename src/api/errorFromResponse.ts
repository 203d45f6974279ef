import { InviteError } from './InviteError.js';
import type { InviteErrorType, ServerErrorType } from './inviteErrorTypes.js';
import type { ResponseBody } from './parseResponseBody.js';
import { parseRetryAfter } from './parseRetryAfter.js';
import { waitsForServer } from './waitsForServer.js';

const BY_STATUS: Record<number, ServerErrorType> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  422: 'unprocessable_entity',
  429: 'rate_limit_exceeded',
  500: 'internal_server_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
};

// The older documented body shape names errors by class instead of by type.
const BY_LEGACY_CODE: Record<string, ServerErrorType> = {
  BadRequestError: 'invalid_request',
  UnauthorizedError: 'unauthorized',
  ForbiddenError: 'forbidden',
  NotFoundError: 'not_found',
  ValidationError: 'unprocessable_entity',
  TooManyRequestsError: 'rate_limit_exceeded',
  ServerError: 'internal_server_error',
};

/**
 * The error type for a failed response: the body's documented `type` wins,
 * then the status (unlisted ones to the nearest class), then the older body's
 * `error.code`, else `unknown_error`.
 */
export function errorTypeFor(status: number, body: ResponseBody): InviteErrorType {
  if (body.type) return body.type;
  const byStatus = BY_STATUS[status];
  if (byStatus) return byStatus;
  if (status >= 400 && status < 500) return 'invalid_request';
  if (status >= 500 && status < 600) return 'internal_server_error';
  // Own keys only: a code of "__proto__" or "toString" must not reach Object.prototype.
  const code = body.legacyCode;
  return code !== null && Object.hasOwn(BY_LEGACY_CODE, code) ? BY_LEGACY_CODE[code]! : 'unknown_error';
}

/**
 * The error for a failed response. Only the types the retry policy waits on
 * (429 and 5xx) take a wait from the headers: many gateways send
 * `RateLimit-*` / `X-RateLimit-*` on every response, and a 404 carrying them
 * must not hold every dialog on the client for the quota's whole window.
 */
export function errorFromResponse(response: Response, body: ResponseBody, now: number): InviteError {
  const type = errorTypeFor(response.status, body);
  return new InviteError({
    type,
    status: response.status,
    retryAfterMs: waitsForServer(type) ? parseRetryAfter(response.headers, now) : null,
    serverMessage: body.message,
  });
}
