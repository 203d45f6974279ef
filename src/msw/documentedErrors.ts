import type { ServerErrorType } from '../api/inviteErrorTypes.js';

/** A documented error response: its status and the example body the API reference gives. */
export interface DocumentedError {
  status: number;
  body: { message: string; type: ServerErrorType; success: false };
}

function documented(status: number, type: ServerErrorType, message: string): DocumentedError {
  return { status, body: { message, type, success: false } };
}

/**
 * The ten error responses of `PUT /v1/groups/{groupId}/inviteUser`, with the
 * example bodies of the provider's reference, keyed by error type.
 */
export const DOCUMENTED_ERRORS: Readonly<Record<ServerErrorType, DocumentedError>> = {
  invalid_request: documented(400, 'invalid_request', 'The request is missing required headers or is invalid'),
  unauthorized: documented(401, 'unauthorized', 'The request requires user authentication'),
  forbidden: documented(403, 'forbidden', 'The server understood the request, but refuses to authorize it'),
  not_found: documented(404, 'not_found', 'The requested resource could not be found'),
  unprocessable_entity: documented(
    422,
    'unprocessable_entity',
    'The request was well-formed but was unable to be followed due to semantic errors',
  ),
  rate_limit_exceeded: documented(429, 'rate_limit_exceeded', 'Too many requests, please try again later'),
  internal_server_error: documented(
    500,
    'internal_server_error',
    'The server encountered an internal error and was unable to complete your request',
  ),
  bad_gateway: documented(
    502,
    'bad_gateway',
    'The server was acting as a gateway or proxy and received an invalid response from the upstream server',
  ),
  service_unavailable: documented(
    503,
    'service_unavailable',
    'The server is currently unable to handle the request due to a temporary overload or scheduled maintenance',
  ),
  gateway_timeout: documented(
    504,
    'gateway_timeout',
    'The server was acting as a gateway or proxy and did not receive a timely response from the upstream server',
  ),
};
