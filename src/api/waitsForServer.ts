import type { InviteErrorType } from './inviteErrorTypes.js';

/**
 * Whether a failure of this type waits for the server's `Retry-After` (the
 * 429 and 5xx rows of the retry policy). Every other failure is about the
 * request itself, and no wait header on it means anything.
 */
export function waitsForServer(type: InviteErrorType): boolean {
  switch (type) {
    case 'rate_limit_exceeded':
    case 'internal_server_error':
    case 'bad_gateway':
    case 'service_unavailable':
    case 'gateway_timeout':
      return true;
    case 'invalid_request':
    case 'unauthorized':
    case 'forbidden':
    case 'not_found':
    case 'unprocessable_entity':
    case 'network_error':
    case 'timeout':
    case 'unknown_error':
      return false;
    default:
      return type satisfies never;
  }
}
