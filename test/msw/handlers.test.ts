import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createInviteClient, type InviteResult } from '../../src/api/createInviteClient.js';
import { InviteError } from '../../src/api/InviteError.js';
import type { InviteErrorType } from '../../src/api/inviteErrorTypes.js';
import {
  DOCUMENTED_ERRORS,
  INVITE_USER_PATH,
  inviteBadGateway,
  inviteBadGatewayHtml,
  inviteFailThenSucceed,
  inviteForbidden,
  inviteGatewayTimeout,
  inviteHandlers,
  inviteInternalServerError,
  inviteInvalidRequest,
  inviteNetworkError,
  inviteNotFound,
  inviteRateLimited,
  inviteRateLimiter,
  inviteServiceUnavailable,
  inviteSlow,
  inviteSuccess,
  inviteUnauthorized,
  inviteUnknownResponse,
  inviteUnprocessableEntity,
  type InviteScenario,
} from '../../src/msw/index.js';

const BASE_URL = 'https://api.example.test/auth';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

// A fresh client per call: a client remembers a server-requested wait and
// would refuse the next request itself, which would hide what the handler does.
function invite(groupId = '1234', baseUrl = BASE_URL): Promise<InviteResult> {
  const client = createInviteClient({ baseUrl, clientId: 'test', getAccessToken: () => 'token' });
  return client.inviteUser({ groupId, invitee: { email: 'someone@example.org' } });
}

async function failure(promise: Promise<unknown>): Promise<InviteError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InviteError) return error;
    throw error;
  }
  throw new Error('Expected the invitation to fail, but it succeeded.');
}

describe('given the success handler', () => {
  it('should accept the invitation with the documented message', async () => {
    server.use(inviteSuccess());

    await expect(invite()).resolves.toMatchObject({ groupId: '1234', message: 'User has been invited successfully.' });
  });

  it('should answer whatever origin and base path the client uses', async () => {
    server.use(inviteSuccess());

    await expect(invite('1', 'https://apis-prelive.quran.foundation/auth')).resolves.toMatchObject({ groupId: '1' });
    await expect(invite('2', 'https://host.example.test/api/quran/')).resolves.toMatchObject({ groupId: '2' });
  });

  it('should let other groups fall through to the next handler when given a groupId', async () => {
    server.use(inviteSuccess({ groupId: 'team one' }), inviteForbidden());

    await expect(invite('team one')).resolves.toMatchObject({ groupId: 'team one' });
    expect((await failure(invite('team-two'))).type).toBe('forbidden');
  });
});

describe('given the handler for each documented error', () => {
  const cases = [
    [inviteInvalidRequest, 'invalid_request', 400],
    [inviteUnauthorized, 'unauthorized', 401],
    [inviteForbidden, 'forbidden', 403],
    [inviteNotFound, 'not_found', 404],
    [inviteUnprocessableEntity, 'unprocessable_entity', 422],
    [inviteRateLimited, 'rate_limit_exceeded', 429],
    [inviteInternalServerError, 'internal_server_error', 500],
    [inviteBadGateway, 'bad_gateway', 502],
    [inviteServiceUnavailable, 'service_unavailable', 503],
    [inviteGatewayTimeout, 'gateway_timeout', 504],
  ] as const;

  it.each(cases)('should fail with its type, status and documented message (%o)', async (handler, type, status) => {
    server.use(handler());

    const error = await failure(invite());

    expect(error).toMatchObject({ type, status, retryAfterMs: null, serverMessage: DOCUMENTED_ERRORS[type].body.message });
  });

  it('should answer with an overridden status and body, such as the older body shape', async () => {
    server.use(
      inviteForbidden({ status: 403, body: { success: false, error: { code: 'ForbiddenError', message: 'No access' } } }),
    );

    expect(await failure(invite())).toMatchObject({ type: 'forbidden', status: 403, serverMessage: 'No access' });
  });
});

describe('given a 429 or a 503 with a wait', () => {
  it.each([
    [inviteRateLimited, 'rate_limit_exceeded'],
    [inviteServiceUnavailable, 'service_unavailable'],
  ] as const)('should report a Retry-After given in seconds (%o)', async (handler, type) => {
    server.use(handler({ retryAfter: 3 }));

    expect(await failure(invite())).toMatchObject({ type, retryAfterMs: 3000 });
  });

  it.each([
    [inviteRateLimited, 'rate_limit_exceeded'],
    [inviteServiceUnavailable, 'service_unavailable'],
  ] as const)('should report a Retry-After given as an HTTP-date (%o)', async (handler, type) => {
    const seen: string[] = [];
    server.events.on('response:mocked', ({ response }) => seen.push(response.headers.get('Retry-After') ?? ''));
    server.use(handler({ retryAfter: 3, retryAfterFormat: 'http-date' }));

    const error = await failure(invite());

    server.events.removeAllListeners();
    expect(seen[0]).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(error.type).toBe(type);
    // Whole seconds on the server's clock: at least two of the three seconds remain, never more than four.
    expect(error.retryAfterMs).toBeGreaterThan(2000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(4000);
  });

  it('should report no wait when the 429 has no Retry-After', async () => {
    server.use(inviteRateLimited());

    expect(await failure(invite())).toMatchObject({ type: 'rate_limit_exceeded', retryAfterMs: null });
  });

  it('should report the wait of a RateLimit header when it is the only one', async () => {
    server.use(inviteRateLimited({ rateLimitReset: 7 }));

    expect(await failure(invite())).toMatchObject({ type: 'rate_limit_exceeded', retryAfterMs: 7000 });
  });
});

describe('given the other failures', () => {
  it('should turn the HTML 502 page into a bad_gateway error without a server message', async () => {
    server.use(inviteBadGatewayHtml());

    expect(await failure(invite())).toMatchObject({ type: 'bad_gateway', status: 502, serverMessage: null });
  });

  it('should turn a dropped connection into a network_error', async () => {
    server.use(inviteNetworkError());

    expect(await failure(invite())).toMatchObject({ type: 'network_error', status: null });
  });

  it('should turn an HTML page with a 200 into an unknown_error', async () => {
    server.use(inviteUnknownResponse());

    expect(await failure(invite())).toMatchObject({ type: 'unknown_error', status: 200 });
  });
});

describe('given the slow handler', () => {
  it('should answer only once the delay has passed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    server.use(inviteSlow({ delay: 1500 }));
    let settled = false;
    const pending = invite().finally(() => {
      settled = true;
    });

    await vi.advanceTimersByTimeAsync(1499);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    await expect(pending).resolves.toMatchObject({ groupId: '1234' });
  });

  it('should end in a timeout error for a client with a shorter timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    server.use(inviteSlow({ delay: 'infinite' }));
    const client = createInviteClient({ baseUrl: BASE_URL, clientId: 'c', getAccessToken: () => 't', timeoutMs: 500 });
    const pending = failure(client.inviteUser({ groupId: '1', invitee: { userId: 153 } }));

    await vi.advanceTimersByTimeAsync(500);

    expect(await pending).toMatchObject({ type: 'timeout', status: null });
  });
});

describe('given the fail-then-succeed handler', () => {
  it('should fail the first N requests and accept the ones after', async () => {
    server.use(inviteFailThenSucceed({ failures: 2, failWith: 'service_unavailable', retryAfter: 1 }));

    expect(await failure(invite())).toMatchObject({ type: 'service_unavailable', status: 503, retryAfterMs: 1000 });
    expect(await failure(invite())).toMatchObject({ type: 'service_unavailable', status: 503 });
    await expect(invite()).resolves.toMatchObject({ groupId: '1234' });
    await expect(invite()).resolves.toMatchObject({ groupId: '1234' });
  });

  it('should fail without any response when asked for a network error', async () => {
    server.use(inviteFailThenSucceed({ failWith: 'network_error' }));

    expect(await failure(invite())).toMatchObject({ type: 'network_error' });
    await expect(invite()).resolves.toMatchObject({ groupId: '1234' });
  });

  it('should count from zero again for each handler it makes', async () => {
    server.use(inviteFailThenSucceed({ failures: 1 }));
    expect((await failure(invite())).type).toBe('service_unavailable');
    server.resetHandlers(inviteFailThenSucceed({ failures: 1 }));

    expect((await failure(invite())).type).toBe('service_unavailable');
  });
});

describe('given the rate limiter', () => {
  it('should accept the limit within a window and then answer 429 with the seconds left', async () => {
    let now = 1_000_000;
    server.use(inviteRateLimiter({ limit: 2, windowMs: 10_000, now: () => now }));

    await expect(invite()).resolves.toBeTruthy();
    now += 1000;
    await expect(invite()).resolves.toBeTruthy();
    now += 1000;
    expect(await failure(invite())).toMatchObject({ type: 'rate_limit_exceeded', status: 429, retryAfterMs: 8000 });
    now += 4500;
    // 3.5 s left is asked for as 4 whole seconds, never less than the real wait.
    expect(await failure(invite())).toMatchObject({ type: 'rate_limit_exceeded', retryAfterMs: 4000 });
  });

  it('should accept requests again once the window has passed', async () => {
    let now = 0;
    server.use(inviteRateLimiter({ limit: 1, windowMs: 5000, now: () => now }));

    await expect(invite()).resolves.toBeTruthy();
    expect((await failure(invite())).retryAfterMs).toBe(5000);
    now = 4999;
    expect((await failure(invite())).retryAfterMs).toBe(1000);
    now = 5000;
    await expect(invite()).resolves.toBeTruthy();
    expect((await failure(invite())).retryAfterMs).toBe(5000);
  });

  it('should follow the system clock by default', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    server.use(inviteRateLimiter({ limit: 1, windowMs: 60_000 }));

    await expect(invite()).resolves.toBeTruthy();
    vi.setSystemTime(new Date('2026-01-01T00:00:20Z'));
    expect((await failure(invite())).retryAfterMs).toBe(40_000);
    vi.setSystemTime(new Date('2026-01-01T00:01:00Z'));
    await expect(invite()).resolves.toBeTruthy();
  });

  it('should tell a host the remaining quota in the RateLimit header', async () => {
    server.use(inviteRateLimiter({ limit: 3, windowMs: 30_000, now: () => 0 }));
    const url = `${BASE_URL}/v1/groups/9/inviteUser`;

    const first = await fetch(url, { method: 'PUT', body: '{"userId":1}' });
    const second = await fetch(url, { method: 'PUT', body: '{"userId":1}' });

    expect(first.headers.get('RateLimit')).toBe('"default";r=2;t=30');
    expect(second.headers.get('RateLimit')).toBe('"default";r=1;t=30');
    expect(second.headers.get('RateLimit-Policy')).toBe('"default";q=3;w=30');
  });

  it('should only count requests for its group when given a groupId', async () => {
    server.use(inviteRateLimiter({ limit: 1, groupId: 'a', now: () => 0 }), inviteSuccess());

    await expect(invite('a')).resolves.toBeTruthy();
    await expect(invite('b')).resolves.toBeTruthy();
    await expect(invite('b')).resolves.toBeTruthy();
    expect((await failure(invite('a'))).type).toBe('rate_limit_exceeded');
  });
});

describe('given the scenarios by name', () => {
  const expected: Record<InviteScenario, { type: InviteErrorType | 'success'; retryAfterMs?: number | null }> = {
    success: { type: 'success' },
    slow: { type: 'success' },
    invalidRequest: { type: 'invalid_request' },
    unauthorized: { type: 'unauthorized' },
    forbidden: { type: 'forbidden' },
    notFound: { type: 'not_found' },
    unprocessableEntity: { type: 'unprocessable_entity' },
    rateLimited: { type: 'rate_limit_exceeded', retryAfterMs: 3000 },
    rateLimitedHttpDate: { type: 'rate_limit_exceeded' },
    rateLimitedNoRetryAfter: { type: 'rate_limit_exceeded', retryAfterMs: null },
    rateLimitedRateLimitHeader: { type: 'rate_limit_exceeded', retryAfterMs: 3000 },
    rateLimitedForAnHour: { type: 'rate_limit_exceeded', retryAfterMs: 3_600_000 },
    internalServerError: { type: 'internal_server_error' },
    badGateway: { type: 'bad_gateway' },
    badGatewayHtml: { type: 'bad_gateway' },
    serviceUnavailable: { type: 'service_unavailable', retryAfterMs: 3000 },
    serviceUnavailableHttpDate: { type: 'service_unavailable' },
    serviceUnavailableNoRetryAfter: { type: 'service_unavailable', retryAfterMs: null },
    gatewayTimeout: { type: 'gateway_timeout' },
    networkError: { type: 'network_error' },
    unknownResponse: { type: 'unknown_error' },
    failOnceThenSucceed: { type: 'service_unavailable', retryAfterMs: 2000 },
    failTwiceThenSucceed: { type: 'service_unavailable', retryAfterMs: 2000 },
    rateLimiter: { type: 'success' },
    rateLimiterSliding: { type: 'success' },
    rateLimiterRetryAfterOnly: { type: 'success' },
    someNotFound: { type: 'success' },
    someFailing: { type: 'success' },
    outage: { type: 'service_unavailable', retryAfterMs: 2000 },
    outageThenRecovery: { type: 'service_unavailable', retryAfterMs: 2000 },
  };

  it.each(Object.entries(expected))('should answer the first request of %s as described', async (name, outcome) => {
    server.use(inviteHandlers[name as InviteScenario]({ delay: 0 }));

    if (outcome.type === 'success') {
      await expect(invite()).resolves.toMatchObject({ groupId: '1234' });
      return;
    }
    const error = await failure(invite());
    expect(error.type).toBe(outcome.type);
    if (outcome.retryAfterMs !== undefined) expect(error.retryAfterMs).toBe(outcome.retryAfterMs);
  });

  it('should make the rate limiter scenario refuse the fourth invitation in its window', async () => {
    server.use(inviteHandlers.rateLimiter());

    for (let i = 0; i < 3; i++) await expect(invite()).resolves.toBeTruthy();

    const error = await failure(invite());
    expect(error.type).toBe('rate_limit_exceeded');
    expect(error.retryAfterMs).toBeGreaterThan(25_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it('should only match the invite endpoint', () => {
    expect(INVITE_USER_PATH).toBe('*/v1/groups/:groupId/inviteUser');
    // Anything else on the same origin is left to the host's own handlers.
    server.use(http.get('*', () => HttpResponse.text('other')), inviteSuccess());
    return expect(fetch(`${BASE_URL}/v1/groups/1/members`).then((r) => r.text())).resolves.toBe('other');
  });
});

describe('given a baseUrl option', () => {
  it('should answer requests under that base URL', async () => {
    server.use(inviteSuccess({ baseUrl: BASE_URL }));
    await expect(invite('1234', BASE_URL)).resolves.toMatchObject({ groupId: '1234' });
  });

  it('should answer a base URL given with a trailing slash the same', async () => {
    server.use(inviteForbidden({ baseUrl: `${BASE_URL}/` }));
    expect((await failure(invite('1234', BASE_URL))).type).toBe('forbidden');
  });

  it('should not answer a client whose baseUrl wrongly ends in /v1, so the mistake shows in tests', async () => {
    const fellThrough: string[] = [];
    server.use(
      inviteSuccess({ baseUrl: BASE_URL }),
      http.put('*', ({ request }) => {
        fellThrough.push(request.url);
        return new HttpResponse(null, { status: 404 });
      }),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    const error = await failure(invite('1234', `${BASE_URL}/v1`));

    expect(error.type).toBe('not_found');
    expect(fellThrough).toEqual([`${BASE_URL}/v1/v1/groups/1234/inviteUser`]);
    vi.restoreAllMocks();
  });

  it('should not answer another origin', async () => {
    server.use(inviteSuccess({ baseUrl: BASE_URL }), http.put('*', () => HttpResponse.json({ other: true }, { status: 418 })));
    expect((await failure(invite('1234', 'https://elsewhere.example.test/auth'))).status).toBe(418);
  });

  it.each(Object.keys(inviteHandlers) as InviteScenario[])('should pass baseUrl on in the %s scenario', async (name) => {
    server.use(inviteHandlers[name]({ baseUrl: BASE_URL }), http.put('*', () => HttpResponse.json({ other: true }, { status: 418 })));
    const outcome = await invite('1234', 'https://elsewhere.example.test/auth').then(
      () => null,
      (error: unknown) => error,
    );
    expect(outcome).toMatchObject({ status: 418 });
  });
});
