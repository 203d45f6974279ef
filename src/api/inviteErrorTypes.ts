/**
 * Every way an invitation can fail: the ten types the endpoint documents, in
 * the order of their status codes, then three that happen on the client.
 */
export const INVITE_ERROR_TYPES = [
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
  'network_error',
  'timeout',
  'unknown_error',
] as const;

export type InviteErrorType = (typeof INVITE_ERROR_TYPES)[number];

/** The ten types a response body may name. */
export type ServerErrorType = Exclude<InviteErrorType, 'network_error' | 'timeout' | 'unknown_error'>;

// Marked pure so a bundle that never reads the list (the dialog's) drops it.
export const SERVER_ERROR_TYPES = /* @__PURE__ */ INVITE_ERROR_TYPES.slice(0, 10) as readonly ServerErrorType[];

export function isServerErrorType(value: unknown): value is ServerErrorType {
  return typeof value === 'string' && (SERVER_ERROR_TYPES as readonly string[]).includes(value);
}
