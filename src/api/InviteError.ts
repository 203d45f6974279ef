import type { InviteErrorType } from './inviteErrorTypes.js';

export interface InviteErrorInit {
  type: InviteErrorType;
  /** HTTP status, or `null` when no response arrived. */
  status: number | null;
  /** How long the server asked us to wait, in milliseconds, or `null`. */
  retryAfterMs?: number | null;
  /** The server's own message as plain text, or `null`. Never render it as HTML. */
  serverMessage?: string | null;
  /** Nothing was sent: the client's shared wait refused the request. @default false */
  refused?: boolean;
  cause?: unknown;
}

/**
 * The one error type every failed invitation turns into. `type` is what UIs
 * switch on; the message is for logs only (it never contains the access token).
 */
export class InviteError extends Error {
  override readonly name = 'InviteError';
  readonly type: InviteErrorType;
  readonly status: number | null;
  readonly retryAfterMs: number | null;
  readonly serverMessage: string | null;
  /**
   * `true` when the client's shared wait (a `Retry-After` another request
   * received) refused this request before anything was sent: not an attempt,
   * so it is no reason to report a failure or to use up a retry.
   */
  readonly refused: boolean;

  constructor(init: InviteErrorInit) {
    super(`Invitation failed: ${init.type}${init.status === null ? '' : ` (HTTP ${init.status})`}`, { cause: init.cause });
    this.type = init.type;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.serverMessage = init.serverMessage ?? null;
    this.refused = init.refused ?? false;
  }
}

export function isInviteError(value: unknown): value is InviteError {
  return value instanceof InviteError;
}
