// invite-kit/msw: Mock Service Worker handlers for the invite endpoint, for
// stories, tests and local development. The only entry that imports `msw`.
export { INVITE_USER_PATH } from './inviteUserPath.js';
export { DOCUMENTED_ERRORS } from './documentedErrors.js';
export type { DocumentedError } from './documentedErrors.js';
export type { InviteHandlerOptions } from './createInviteHandler.js';
export type { RetryAfterFormat, RetryAfterOptions } from './retryAfterHeaders.js';
export { documentedErrorResponse } from './documentedErrorResponse.js';
export type { DocumentedErrorResponseOptions } from './documentedErrorResponse.js';

export { inviteSuccess, INVITE_SUCCESS_BODY } from './inviteSuccess.js';
export type { InviteSuccessOptions } from './inviteSuccess.js';
export { inviteSlow } from './inviteSlow.js';
export { inviteErrorResponse } from './inviteErrorResponse.js';
export type { InviteErrorOptions } from './inviteErrorResponse.js';
export { inviteInvalidRequest } from './inviteInvalidRequest.js';
export { inviteUnauthorized } from './inviteUnauthorized.js';
export { inviteForbidden } from './inviteForbidden.js';
export { inviteNotFound } from './inviteNotFound.js';
export { inviteUnprocessableEntity } from './inviteUnprocessableEntity.js';
export { inviteRateLimited } from './inviteRateLimited.js';
export { inviteInternalServerError } from './inviteInternalServerError.js';
export { inviteBadGateway } from './inviteBadGateway.js';
export { inviteBadGatewayHtml } from './inviteBadGatewayHtml.js';
export type { InviteBadGatewayHtmlOptions } from './inviteBadGatewayHtml.js';
export { inviteServiceUnavailable } from './inviteServiceUnavailable.js';
export { inviteGatewayTimeout } from './inviteGatewayTimeout.js';
export { inviteNetworkError } from './inviteNetworkError.js';
export { inviteUnknownResponse } from './inviteUnknownResponse.js';
export { inviteFailThenSucceed } from './inviteFailThenSucceed.js';
export type { InviteFailThenSucceedOptions } from './inviteFailThenSucceed.js';
export { inviteRateLimiter } from './inviteRateLimiter.js';
export type { InviteRateLimiterOptions, RateLimiterWindow } from './inviteRateLimiter.js';
export { inviteOutcomes } from './inviteOutcomes.js';
export type { InviteOutcome, InviteOutcomesOptions } from './inviteOutcomes.js';
export { inviteOutage } from './inviteOutage.js';
export type { InviteOutageOptions, OutageStatus } from './inviteOutage.js';
export { inviteHandlers } from './inviteHandlers.js';
export type { InviteScenario } from './inviteHandlers.js';
