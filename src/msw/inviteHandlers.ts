import type { HttpHandler } from 'msw';
import type { InviteHandlerOptions } from './createInviteHandler.js';
import { inviteBadGateway } from './inviteBadGateway.js';
import { inviteBadGatewayHtml } from './inviteBadGatewayHtml.js';
import { inviteFailThenSucceed } from './inviteFailThenSucceed.js';
import { inviteForbidden } from './inviteForbidden.js';
import { inviteGatewayTimeout } from './inviteGatewayTimeout.js';
import { inviteInternalServerError } from './inviteInternalServerError.js';
import { inviteInvalidRequest } from './inviteInvalidRequest.js';
import { inviteNetworkError } from './inviteNetworkError.js';
import { inviteNotFound } from './inviteNotFound.js';
import { inviteOutage } from './inviteOutage.js';
import { inviteOutcomes } from './inviteOutcomes.js';
import { inviteRateLimited } from './inviteRateLimited.js';
import { inviteRateLimiter } from './inviteRateLimiter.js';
import { inviteServiceUnavailable } from './inviteServiceUnavailable.js';
import { inviteSlow } from './inviteSlow.js';
import { inviteSuccess } from './inviteSuccess.js';
import { inviteUnauthorized } from './inviteUnauthorized.js';
import { inviteUnknownResponse } from './inviteUnknownResponse.js';
import { inviteUnprocessableEntity } from './inviteUnprocessableEntity.js';

/**
 * Every scenario by name, so a Storybook control, a test table or a host's
 * dev server can pick one: `worker.use(inviteHandlers.rateLimited())`.
 * Each entry makes a fresh handler (stateful ones start from zero) and takes
 * the common options (`groupId`, `delay`). Waits are a few seconds, short
 * enough to watch.
 */
export const inviteHandlers = {
  success: (options?: InviteHandlerOptions) => inviteSuccess(options),
  slow: (options?: InviteHandlerOptions) => inviteSlow(options),
  invalidRequest: (options?: InviteHandlerOptions) => inviteInvalidRequest(options),
  unauthorized: (options?: InviteHandlerOptions) => inviteUnauthorized(options),
  forbidden: (options?: InviteHandlerOptions) => inviteForbidden(options),
  notFound: (options?: InviteHandlerOptions) => inviteNotFound(options),
  unprocessableEntity: (options?: InviteHandlerOptions) => inviteUnprocessableEntity(options),
  rateLimited: (options?: InviteHandlerOptions) => inviteRateLimited({ ...options, retryAfter: 3 }),
  rateLimitedHttpDate: (options?: InviteHandlerOptions) =>
    inviteRateLimited({ ...options, retryAfter: 3, retryAfterFormat: 'http-date' }),
  rateLimitedNoRetryAfter: (options?: InviteHandlerOptions) => inviteRateLimited(options),
  rateLimitedRateLimitHeader: (options?: InviteHandlerOptions) => inviteRateLimited({ ...options, rateLimitReset: 3 }),
  rateLimitedForAnHour: (options?: InviteHandlerOptions) => inviteRateLimited({ ...options, retryAfter: 3600 }),
  internalServerError: (options?: InviteHandlerOptions) => inviteInternalServerError(options),
  badGateway: (options?: InviteHandlerOptions) => inviteBadGateway(options),
  badGatewayHtml: (options?: InviteHandlerOptions) => inviteBadGatewayHtml(options),
  serviceUnavailable: (options?: InviteHandlerOptions) => inviteServiceUnavailable({ ...options, retryAfter: 3 }),
  serviceUnavailableHttpDate: (options?: InviteHandlerOptions) =>
    inviteServiceUnavailable({ ...options, retryAfter: 3, retryAfterFormat: 'http-date' }),
  serviceUnavailableNoRetryAfter: (options?: InviteHandlerOptions) => inviteServiceUnavailable(options),
  gatewayTimeout: (options?: InviteHandlerOptions) => inviteGatewayTimeout(options),
  networkError: (options?: InviteHandlerOptions) => inviteNetworkError(options),
  unknownResponse: (options?: InviteHandlerOptions) => inviteUnknownResponse(options),
  failOnceThenSucceed: (options?: InviteHandlerOptions) =>
    inviteFailThenSucceed({ ...options, failures: 1, failWith: 'service_unavailable', retryAfter: 2 }),
  failTwiceThenSucceed: (options?: InviteHandlerOptions) =>
    inviteFailThenSucceed({ ...options, failures: 2, failWith: 'service_unavailable', retryAfter: 2 }),
  rateLimiter: (options?: InviteHandlerOptions) => inviteRateLimiter({ ...options, limit: 3, windowMs: 30_000 }),
  /** 3 invitations in any trailing 5 s, announced in `RateLimit` headers. */
  rateLimiterSliding: (options?: InviteHandlerOptions) =>
    inviteRateLimiter({ ...options, limit: 3, windowMs: 5000, window: 'sliding' }),
  /** 3 invitations per 5-second window, with no `RateLimit*` header: only `Retry-After` on the 429. */
  rateLimiterRetryAfterOnly: (options?: InviteHandlerOptions) =>
    inviteRateLimiter({ ...options, limit: 3, windowMs: 5000, announce: false }),
  /** `nobody@example.org` and user 404 are `not_found`; everyone else is invited. */
  someNotFound: (options?: InviteHandlerOptions) =>
    inviteOutcomes({ ...options, outcomes: { 'nobody@example.org': 'not_found', 404: 'not_found' } }),
  /**
   * `nobody@example.org` and user 404 are `not_found`, `invalid@example.org`
   * and user 422 `unprocessable_entity`, `offline@example.org` gets no
   * response; everyone else is invited.
   */
  someFailing: (options?: InviteHandlerOptions) =>
    inviteOutcomes({
      ...options,
      outcomes: {
        'nobody@example.org': 'not_found',
        404: 'not_found',
        'invalid@example.org': 'unprocessable_entity',
        422: 'unprocessable_entity',
        'offline@example.org': 'network_error',
      },
    }),
  /** 503 with `Retry-After: 2` to every request: the server stays down. */
  outage: (options?: InviteHandlerOptions) => inviteOutage({ ...options, status: 503, retryAfter: 2 }),
  /** 503 with `Retry-After: 2` to the first 3 requests, then back up. */
  outageThenRecovery: (options?: InviteHandlerOptions) =>
    inviteOutage({ ...options, status: 503, retryAfter: 2, failures: 3 }),
} satisfies Record<string, (options?: InviteHandlerOptions) => HttpHandler>;

/** The name of a scenario in `inviteHandlers`. */
export type InviteScenario = keyof typeof inviteHandlers;
