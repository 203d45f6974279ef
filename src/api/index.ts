// The React-free public surface: the client, its errors, the parsers and the
// retry policy. Re-exported by `invite-kit` and by `invite-kit/core`.
export { createInviteClient, DEFAULT_TIMEOUT_MS } from './createInviteClient.js';
export type {
  AccessTokenRequest,
  InviteClient,
  InviteClientOptions,
  QuotaSnapshot,
  InviteResult,
  InviteUserRequest,
  Invitee,
} from './createInviteClient.js';
export type { WaitGate } from './createWaitGate.js';
export { decideRetry, DEFAULT_RETRY_POLICY } from './decideRetry.js';
export type { RetryDecision, RetryPolicy } from './decideRetry.js';
export { InviteError, isInviteError } from './InviteError.js';
export type { InviteErrorInit } from './InviteError.js';
export { INVITE_ERROR_TYPES, SERVER_ERROR_TYPES } from './inviteErrorTypes.js';
export type { InviteErrorType, ServerErrorType } from './inviteErrorTypes.js';
export { parseRetryAfter } from './parseRetryAfter.js';
export type { HeaderSource } from './parseRetryAfter.js';
export { parseInvitee } from './parseInvitee.js';
export type { InviteeProblem, ParsedInvitee } from './parseInvitee.js';
export { parseInviteeList } from './parseInviteeList.js';
export type { InviteeListEntry, InviteeListProblem, ParsedInviteeList, ParseInviteeListOptions } from './parseInviteeList.js';
export { createBulkInvite } from './createBulkInvite.js';
export type {
  BulkInvite,
  BulkRow,
  BulkRowStatus,
  BulkSnapshot,
  BulkStatus,
  CreateBulkInviteOptions,
  NetworkStatus,
} from './createBulkInvite.js';
