export { createInviteClient, DEFAULT_TIMEOUT_MS } from './api/createInviteClient.js';
export type {
  InviteClient,
  InviteClientOptions,
  InviteResult,
  InviteUserRequest,
  Invitee,
} from './api/createInviteClient.js';
export type { WaitGate } from './api/createWaitGate.js';
export { decideRetry, DEFAULT_RETRY_POLICY } from './api/decideRetry.js';
export type { RetryDecision, RetryPolicy } from './api/decideRetry.js';
export { InviteError, isInviteError } from './api/InviteError.js';
export type { InviteErrorInit } from './api/InviteError.js';
export { INVITE_ERROR_TYPES, SERVER_ERROR_TYPES } from './api/inviteErrorTypes.js';
export type { InviteErrorType, ServerErrorType } from './api/inviteErrorTypes.js';
export { parseRetryAfter } from './api/parseRetryAfter.js';
export type { HeaderSource } from './api/parseRetryAfter.js';
