/**
 * The ten error types the endpoint documents, in the order of their status codes.
 * Kept as data so parsers can check membership without a second list.
 */
export const SERVER_ERROR_TYPES = [
  'invalid_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'unprocessable_entity',
  'rate_limit_exceeded',
  'internal_server_error',
  'bad_gateway',
  'service_unavailable',
  'gateway_timeout',
] as const;

export type ServerErrorType = (typeof SERVER_ERROR_TYPES)[number];

/** Every way an invitation can fail: the ten documented types plus three client-side ones. */
// Array.of marked pure: a bundle that never reads the list drops it (a spread literal it keeps).
export const INVITE_ERROR_TYPES = /* @__PURE__ */ Array.of(
  ...SERVER_ERROR_TYPES,
  'network_error',
  'timeout',
  'unknown_error',
) as unknown as readonly [...typeof SERVER_ERROR_TYPES, 'network_error', 'timeout', 'unknown_error'];

export type InviteErrorType = (typeof INVITE_ERROR_TYPES)[number];

export function isServerErrorType(value: unknown): value is ServerErrorType {
  return typeof value === 'string' && (SERVER_ERROR_TYPES as readonly string[]).includes(value);
}
