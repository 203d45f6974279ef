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
export { parseInvitee } from './api/parseInvitee.js';
export type { InviteeProblem, ParsedInvitee } from './api/parseInvitee.js';

export { InviteUserDialog } from './components/InviteUserDialog.js';
export type { InviteUserDialogProps } from './components/InviteUserDialog.js';
export { InviteKitProvider } from './components/InviteKitProvider.js';
export type { InviteKitProviderProps } from './components/InviteKitProvider.js';
export type { InviteKitConfig } from './components/InviteKitContext.js';
export type { InviteUserDialogClassNames, InviteUserDialogSlot } from './components/slots.js';
export { useInviteUser } from './hooks/useInviteUser.js';
export type { InviteStatus, InviteWait, UseInviteUserOptions, UseInviteUserResult } from './hooks/useInviteUser.js';
export { useTranslator } from './hooks/useTranslator.js';

export { en } from './locales/en.js';
export { loadCatalog, registerCatalog, registerCatalogLoaders } from './messages/catalogs.js';
export type { CatalogLoader } from './messages/catalogs.js';
export { createTranslator } from './messages/createTranslator.js';
export type { Translator } from './messages/createTranslator.js';
export type { LocaleCatalog, MessageKey, Messages, MessageValue, PluralMessage } from './messages/LocaleCatalog.js';
