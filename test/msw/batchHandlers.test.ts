import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ServerErrorType } from '../../src/api/inviteErrorTypes.js';
import {
  DOCUMENTED_ERRORS,
  INVITE_SUCCESS_BODY,
  inviteHandlers,
  inviteOutage,
  inviteOutcomes,
  inviteRateLimiter,
  inviteSuccess,
  type InviteScenario,
} from '../../src/msw/index.js';

// Plain fetch, not the library's client: a client remembers a server-requested
// wait and would refuse the next request itself, hiding what the handler does.
const BASE_URL = 'https://api.example.test/auth';
const ELSEWHERE = 'https://elsewhere.example.test/auth';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

type Invitee = { email: string } | { userId: number };

function put(invitee: Invitee | string = { email: 'someone@example.org' }, groupId = '1234', baseUrl = BASE_URL) {
  return fetch(`${baseUrl}/v1/groups/${encodeURIComponent(groupId)}/inviteUser`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: typeof invitee === 'string' ? invitee : JSON.stringify(invitee),
  });
}

/** Sends one request at each of `times` on the injected clock, one after the other. */
async function statusesAt(clock: { now: number }, times: readonly number[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const time of times) {
    clock.now = time;
    statuses.push((await put()).status);
  }
  return statuses;
}

function rateLimitHeaderNames(response: Response): string[] {
  return [...response.headers.keys()].filter((name) => name.toLowerCase().startsWith('ratelimit'));
}

/** Falls through to this when the handler under test does not answer. */
const teapot = () => http.put('*', () => HttpResponse.json({ other: true }, { status: 418 }));

describe('given a fixed-window rate limiter', () => {
  it('should accept the limit in each window and refuse the rest until the window ends', async () => {
    const clock = { now: 0 };
    server.use(inviteRateLimiter({ limit: 3, windowMs: 10_000, now: () => clock.now }));

    expect(await statusesAt(clock, [0, 1000, 2000, 3000, 9999])).toEqual([200, 200, 200, 429, 429]);
    expect(await statusesAt(clock, [10_000, 10_001, 19_000, 19_999])).toEqual([200, 200, 200, 429]);
    expect(await statusesAt(clock, [20_000])).toEqual([200]);
  });

  it('should ask for the whole seconds left in the window, rounded up', async () => {
    const clock = { now: 1000 };
    server.use(inviteRateLimiter({ limit: 1, windowMs: 10_000, now: () => clock.now }));

    expect((await put()).status).toBe(200);
    const waits: Array<string | null> = [];
    for (const time of [1000, 3000, 5500, 10_999]) {
      clock.now = time;
      waits.push((await put()).headers.get('Retry-After'));
    }

    expect(waits).toEqual(['10', '8', '6', '1']);
  });

  it('should start the next window with the first request after the previous one ended', async () => {
    const clock = { now: 0 };
    server.use(inviteRateLimiter({ limit: 1, windowMs: 10_000, now: () => clock.now }));

    expect(await statusesAt(clock, [0, 25_000])).toEqual([200, 200]);
    clock.now = 30_000;
    const refused = await put();

    // The window began at 25 s, not at a multiple of 10 s: 5 s are left, not 0.
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('5');
  });

  it('should let a burst straddle the window edge, which a sliding window refuses', async () => {
    const schedule = [0, 5000, 9000, 10_000, 11_000];
    const fixed = { now: 0 };
    server.use(inviteRateLimiter({ limit: 2, windowMs: 10_000, now: () => fixed.now }));
    expect(await statusesAt(fixed, schedule)).toEqual([200, 200, 429, 200, 200]);

    const sliding = { now: 0 };
    server.resetHandlers(inviteRateLimiter({ limit: 2, windowMs: 10_000, window: 'sliding', now: () => sliding.now }));
    expect(await statusesAt(sliding, schedule)).toEqual([200, 200, 429, 200, 429]);
  });
});

describe('given a sliding-window rate limiter', () => {
  it('should refuse until the oldest accepted request leaves the window, then accept one more', async () => {
    const clock = { now: 0 };
    server.use(inviteRateLimiter({ limit: 3, windowMs: 10_000, window: 'sliding', now: () => clock.now }));

    expect(await statusesAt(clock, [0, 2000, 4000])).toEqual([200, 200, 200]);
    clock.now = 5000;
    expect((await put()).headers.get('Retry-After')).toBe('5');
    clock.now = 9001;
    expect((await put()).headers.get('Retry-After')).toBe('1');
    // The one accepted at 0 s leaves at 10 s: one place is free, and only one.
    expect(await statusesAt(clock, [10_000])).toEqual([200]);
    clock.now = 10_500;
    const refused = await put();
    expect(refused.status).toBe(429);
    // Now the oldest is the one accepted at 2 s, leaving at 12 s.
    expect(refused.headers.get('Retry-After')).toBe('2');
    expect(await statusesAt(clock, [12_000, 12_001])).toEqual([200, 429]);
  });

  it('should answer a refused request with the documented 429 body', async () => {
    server.use(inviteRateLimiter({ limit: 1, windowMs: 1000, window: 'sliding', now: () => 0 }));

    await put();
    const refused = await put();

    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual(DOCUMENTED_ERRORS.rate_limit_exceeded.body);
  });

  it('should never accept more than the limit in a trailing window, nor refuse when there is room', async () => {
    const clock = { now: 0 };
    const limit = 4;
    const windowMs = 3000;
    server.use(inviteRateLimiter({ limit, windowMs, window: 'sliding', now: () => clock.now }));
    const accepted: number[] = [];

    // Irregular arrivals over 30 s: every 130 to 1230 ms.
    for (let time = 0, step = 0; time < 30_000; step += 1, time += 130 + ((step * 370) % 1100)) {
      clock.now = time;
      const inWindow = accepted.filter((at) => at > time - windowMs).length;
      const status = (await put()).status;
      expect(status).toBe(inWindow < limit ? 200 : 429);
      if (status === 200) accepted.push(time);
    }

    for (const end of accepted) {
      expect(accepted.filter((at) => at > end - windowMs && at <= end).length).toBeLessThanOrEqual(limit);
    }
    expect(accepted.length).toBeGreaterThan(limit * 5);
  });

  it('should announce the places left and the seconds until the oldest leaves', async () => {
    const clock = { now: 0 };
    server.use(inviteRateLimiter({ limit: 3, windowMs: 10_000, window: 'sliding', now: () => clock.now }));
    const headers: Array<[string | null, string | null]> = [];

    for (const time of [0, 2000, 4000, 5000, 10_000]) {
      clock.now = time;
      const response = await put();
      headers.push([response.headers.get('RateLimit'), response.headers.get('RateLimit-Policy')]);
    }

    expect(headers).toEqual([
      ['"default";r=2;t=10', '"default";q=3;w=10'],
      ['"default";r=1;t=8', '"default";q=3;w=10'],
      ['"default";r=0;t=6', '"default";q=3;w=10'],
      ['"default";r=0;t=5', '"default";q=3;w=10'],
      // At 10 s the first left and this one took its place: the one from 2 s is next to go.
      ['"default";r=0;t=2', '"default";q=3;w=10'],
    ]);
  });

  it('should follow the system clock by default', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    server.use(inviteRateLimiter({ limit: 1, windowMs: 60_000, window: 'sliding' }));

    expect((await put()).status).toBe(200);
    vi.setSystemTime(new Date('2026-01-01T00:00:45Z'));
    expect((await put()).headers.get('Retry-After')).toBe('15');
    vi.setSystemTime(new Date('2026-01-01T00:01:00Z'));
    expect((await put()).status).toBe(200);
  });

  it('should refuse an unknown window kind when made', () => {
    expect(() => inviteRateLimiter({ window: 'rolling' as 'sliding' })).toThrow(TypeError);
  });
});

describe('given a rate limiter that announces its quota (the default)', () => {
  it('should count r down with each acceptance and t down with the clock, on every answer', async () => {
    const clock = { now: 0 };
    server.use(inviteRateLimiter({ limit: 3, windowMs: 30_000, now: () => clock.now }));
    const seen: Array<[number, string | null, string | null, string | null]> = [];

    for (const time of [0, 10_000, 10_400, 29_500, 29_800, 30_000]) {
      clock.now = time;
      const response = await put();
      seen.push([
        response.status,
        response.headers.get('RateLimit'),
        response.headers.get('RateLimit-Policy'),
        response.headers.get('Retry-After'),
      ]);
    }

    expect(seen).toEqual([
      [200, '"default";r=2;t=30', '"default";q=3;w=30', null],
      [200, '"default";r=1;t=20', '"default";q=3;w=30', null],
      // 19.6 s left is announced as 20, never less than the real wait.
      [200, '"default";r=0;t=20', '"default";q=3;w=30', null],
      [429, '"default";r=0;t=1', '"default";q=3;w=30', '1'],
      [429, '"default";r=0;t=1', '"default";q=3;w=30', '1'],
      [200, '"default";r=2;t=30', '"default";q=3;w=30', null],
    ]);
  });
});

describe('given a rate limiter with announce: false', () => {
  it.each(['fixed', 'sliding'] as const)(
    'should send no RateLimit header on any answer, and Retry-After only on a 429 (%s window)',
    async (window) => {
      const clock = { now: 0 };
      server.use(inviteRateLimiter({ limit: 2, windowMs: 4000, window, announce: false, now: () => clock.now }));
      const answers: Array<[number, string | null]> = [];

      for (const time of [0, 1000, 1500, 3000, 4000, 4500, 5200, 9000]) {
        clock.now = time;
        const response = await put();
        expect(rateLimitHeaderNames(response)).toEqual([]);
        answers.push([response.status, response.headers.get('Retry-After')]);
      }

      expect(answers).toEqual(
        window === 'fixed'
          ? [[200, null], [200, null], [429, '3'], [429, '1'], [200, null], [200, null], [429, '3'], [200, null]]
          : // 4.5 s: the one from 1 s is still in the window; 9 s: the one from 5.2 s still is, but only it.
            [[200, null], [200, null], [429, '3'], [429, '1'], [200, null], [429, '1'], [200, null], [200, null]],
      );
    },
  );

  it('should still answer the documented bodies', async () => {
    server.use(inviteRateLimiter({ limit: 1, announce: false, now: () => 0 }));

    const accepted = await put();
    const refused = await put();

    expect(await accepted.json()).toEqual(INVITE_SUCCESS_BODY);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual(DOCUMENTED_ERRORS.rate_limit_exceeded.body);
    expect(refused.headers.get('Retry-After')).toBe('60');
  });

  it('should differ between the windows when requests are spread out', async () => {
    const schedule = [0, 3000, 3500, 4000, 4500];
    const fixed = { now: 0 };
    server.use(inviteRateLimiter({ limit: 2, windowMs: 4000, announce: false, now: () => fixed.now }));
    expect(await statusesAt(fixed, schedule)).toEqual([200, 200, 429, 200, 200]);

    const sliding = { now: 0 };
    server.resetHandlers(
      inviteRateLimiter({ limit: 2, windowMs: 4000, window: 'sliding', announce: false, now: () => sliding.now }),
    );
    expect(await statusesAt(sliding, schedule)).toEqual([200, 200, 429, 200, 429]);
    sliding.now = 5000;
    // The one from 3 s leaves at 7 s.
    expect((await put()).headers.get('Retry-After')).toBe('2');
  });
});

describe('given the rate limiter variants and the common options', () => {
  it.each([
    ['sliding', true],
    ['fixed', false],
    ['sliding', false],
  ] as const)('should count only requests for its group (%s window, announce %s)', async (window, announce) => {
    server.use(inviteRateLimiter({ limit: 1, window, announce, groupId: 'team a', now: () => 0 }), inviteSuccess());

    expect((await put(undefined, 'team a')).status).toBe(200);
    expect((await put(undefined, 'team b')).status).toBe(200);
    expect((await put(undefined, 'team b')).status).toBe(200);
    expect((await put(undefined, 'team a')).status).toBe(429);
  });

  it.each([
    ['sliding', true],
    ['fixed', false],
    ['sliding', false],
  ] as const)('should answer only under its baseUrl (%s window, announce %s)', async (window, announce) => {
    server.use(inviteRateLimiter({ limit: 1, window, announce, baseUrl: `${BASE_URL}/`, now: () => 0 }), teapot());

    expect((await put(undefined, '1', ELSEWHERE)).status).toBe(418);
    expect((await put(undefined, '1', `${BASE_URL}/v1`)).status).toBe(418);
    expect((await put()).status).toBe(200);
    expect((await put()).status).toBe(429);
  });

  it('should answer only once the delay has passed, reading the clock then', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const clock = { now: 0 };
    server.use(inviteRateLimiter({ limit: 1, windowMs: 10_000, window: 'sliding', delay: 1500, now: () => clock.now }));
    let settled = false;
    const first = put().finally(() => {
      settled = true;
    });

    await vi.advanceTimersByTimeAsync(1499);
    expect(settled).toBe(false);
    clock.now = 1500;
    await vi.advanceTimersByTimeAsync(1);
    expect((await first).headers.get('RateLimit')).toBe('"default";r=0;t=10');

    const second = put();
    clock.now = 4000;
    await vi.advanceTimersByTimeAsync(1500);
    // Accepted at 1.5 s, so it leaves at 11.5 s: 7.5 s from 4 s.
    expect((await second).headers.get('Retry-After')).toBe('8');
  });
});

describe('given per-invitee outcomes', () => {
  it('should fail the emails it names, in any case, and invite everyone else', async () => {
    server.use(
      inviteOutcomes({ outcomes: { 'Gone@Example.org': 'not_found', 'late@example.org': 'unprocessable_entity' } }),
    );

    const answers = await Promise.all(
      ['gone@example.org', 'GONE@EXAMPLE.ORG', 'gOnE@example.ORG', 'Late@Example.Org', 'someone@example.org'].map(
        async (email) => {
          const response = await put({ email });
          return [response.status, await response.json()] as const;
        },
      ),
    );

    expect(answers).toEqual([
      [404, DOCUMENTED_ERRORS.not_found.body],
      [404, DOCUMENTED_ERRORS.not_found.body],
      [404, DOCUMENTED_ERRORS.not_found.body],
      [422, DOCUMENTED_ERRORS.unprocessable_entity.body],
      [200, INVITE_SUCCESS_BODY],
    ]);
  });

  it('should fail the user IDs it names, given as numbers or strings, and invite the others', async () => {
    server.use(inviteOutcomes({ outcomes: { 153: 'not_found', '154': 'forbidden' } }));

    expect((await put({ userId: 153 })).status).toBe(404);
    expect((await put({ userId: 154 })).status).toBe(403);
    expect((await put({ userId: 155 })).status).toBe(200);
    // An email is never taken for a user ID.
    expect((await put({ email: '153@example.org' })).status).toBe(200);
  });

  it('should give the same answer to the same invitee every time', async () => {
    server.use(inviteOutcomes({ outcomes: { 'gone@example.org': 'not_found' } }));

    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await put({ email: 'gone@example.org' })).status, (await put()).status);

    expect(statuses).toEqual([404, 200, 404, 200, 404, 200]);
  });

  it('should drop the connection for a network_error outcome', async () => {
    server.use(inviteOutcomes({ outcomes: { 'offline@example.org': 'network_error', 7: 'network_error' } }));

    await expect(put({ email: 'Offline@example.org' })).rejects.toThrow(TypeError);
    await expect(put({ userId: 7 })).rejects.toThrow(TypeError);
    expect((await put()).status).toBe(200);
  });

  it.each(Object.keys(DOCUMENTED_ERRORS) as ServerErrorType[])(
    'should answer the documented status and body for %s',
    async (type) => {
      server.use(inviteOutcomes({ outcomes: { 'x@example.org': type } }));

      const response = await put({ email: 'x@example.org' });

      expect(response.status).toBe(DOCUMENTED_ERRORS[type].status);
      expect(await response.json()).toEqual(DOCUMENTED_ERRORS[type].body);
    },
  );

  it.each([
    ['not JSON', 'email=someone@example.org'],
    ['neither field', '{}'],
    ['both fields', '{"email":"someone@example.org","userId":153}'],
    ['a userId that is not an integer', '{"userId":"153"}'],
    ['an empty email', '{"email":""}'],
    ['an array', '[{"email":"someone@example.org"}]'],
  ])('should answer 400 invalid_request to a body with %s', async (_, body) => {
    server.use(inviteOutcomes({ outcomes: {} }));

    const response = await put(body);

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(DOCUMENTED_ERRORS.invalid_request.body);
  });

  it('should answer only for its group and under its baseUrl', async () => {
    server.use(
      inviteOutcomes({ outcomes: { 'gone@example.org': 'not_found' }, groupId: 'team a', baseUrl: BASE_URL }),
      teapot(),
    );

    expect((await put({ email: 'gone@example.org' }, 'team a')).status).toBe(404);
    expect((await put({ email: 'gone@example.org' }, 'team b')).status).toBe(418);
    expect((await put({ email: 'gone@example.org' }, 'team a', ELSEWHERE)).status).toBe(418);
  });

  it('should answer only once the delay has passed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(inviteOutcomes({ outcomes: { 'gone@example.org': 'not_found' }, delay: 800 }));
    let settled = false;
    const pending = put({ email: 'gone@example.org' }).finally(() => {
      settled = true;
    });

    await vi.advanceTimersByTimeAsync(799);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    expect((await pending).status).toBe(404);
  });
});

describe('given an outage', () => {
  it('should answer the documented 503 to every request by default, with no wait header', async () => {
    server.use(inviteOutage());

    for (let i = 0; i < 20; i++) {
      const response = await put({ userId: i });
      expect(response.status).toBe(503);
      expect(response.headers.get('Retry-After')).toBeNull();
      expect(rateLimitHeaderNames(response)).toEqual([]);
      expect(await response.json()).toEqual(DOCUMENTED_ERRORS.service_unavailable.body);
    }
  });

  it('should fail the first `failures` requests, whoever they invite, then invite everyone', async () => {
    server.use(inviteOutage({ failures: 3 }));

    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await put({ email: `person${i}@example.org` })).status);

    expect(statuses).toEqual([503, 503, 503, 200, 200, 200]);
    expect(await (await put()).json()).toEqual(INVITE_SUCCESS_BODY);
  });

  it('should be over at once with no failures', async () => {
    server.use(inviteOutage({ failures: 0 }));

    expect((await put()).status).toBe(200);
  });

  it.each([
    [500, 'internal_server_error'],
    [502, 'bad_gateway'],
    [503, 'service_unavailable'],
    [504, 'gateway_timeout'],
  ] as const)('should answer status %i with the documented %s body', async (status, type) => {
    server.use(inviteOutage({ status, failures: 1 }));

    const failed = await put();

    expect(failed.status).toBe(status);
    expect(await failed.json()).toEqual(DOCUMENTED_ERRORS[type].body);
    expect((await put()).status).toBe(200);
  });

  it('should send the wait headers asked for', async () => {
    server.use(inviteOutage({ retryAfter: 2, rateLimitReset: 2 }));

    const response = await put();

    expect(response.headers.get('Retry-After')).toBe('2');
    expect(response.headers.get('RateLimit')).toBe('"default";r=0;t=2');
  });

  it('should send Retry-After as an HTTP-date when asked', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-10-21T07:28:00.250Z'));
    server.use(inviteOutage({ status: 502, retryAfter: 3, retryAfterFormat: 'http-date' }));

    const response = await put();

    // Rounded up to the whole second, so the wait is never shorter than asked.
    expect(response.headers.get('Retry-After')).toBe('Wed, 21 Oct 2026 07:28:04 GMT');
  });

  it('should count from zero again for each handler it makes', async () => {
    server.use(inviteOutage({ failures: 1 }));
    expect((await put()).status).toBe(503);
    expect((await put()).status).toBe(200);
    server.resetHandlers(inviteOutage({ failures: 1 }));

    expect((await put()).status).toBe(503);
  });

  it('should count only requests for its group and under its baseUrl', async () => {
    server.use(inviteOutage({ failures: 1, groupId: 'team a', baseUrl: BASE_URL }), teapot());

    expect((await put(undefined, 'team b')).status).toBe(418);
    expect((await put(undefined, 'team a', ELSEWHERE)).status).toBe(418);
    expect((await put(undefined, 'team a')).status).toBe(503);
    expect((await put(undefined, 'team a')).status).toBe(200);
  });

  it('should refuse a status that is no outage when made', () => {
    expect(() => inviteOutage({ status: 501 as 500 })).toThrow(TypeError);
  });
});

describe('given the batch scenarios by name', () => {
  const batchScenarios = [
    'rateLimiterSliding',
    'rateLimiterRetryAfterOnly',
    'someNotFound',
    'someFailing',
    'outage',
    'outageThenRecovery',
  ] as const satisfies readonly InviteScenario[];

  it('should make the sliding rate limiter announce its quota and refuse the fourth with a short wait', async () => {
    server.use(inviteHandlers.rateLimiterSliding());

    const first = await put();
    expect(first.status).toBe(200);
    expect(first.headers.get('RateLimit')).toBe('"default";r=2;t=5');
    expect(first.headers.get('RateLimit-Policy')).toBe('"default";q=3;w=5');
    expect((await put()).status).toBe(200);
    expect((await put()).status).toBe(200);

    const refused = await put();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('Retry-After'))).toBeLessThanOrEqual(5);
  });

  it('should make the Retry-After-only rate limiter send no RateLimit header and refuse the fourth', async () => {
    server.use(inviteHandlers.rateLimiterRetryAfterOnly());

    for (let i = 0; i < 3; i++) {
      const accepted = await put();
      expect(accepted.status).toBe(200);
      expect(rateLimitHeaderNames(accepted)).toEqual([]);
    }
    const refused = await put();

    expect(refused.status).toBe(429);
    expect(rateLimitHeaderNames(refused)).toEqual([]);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('Retry-After'))).toBeLessThanOrEqual(5);
  });

  it('should make someNotFound fail only the invitees it documents', async () => {
    server.use(inviteHandlers.someNotFound());

    expect((await put({ email: 'Nobody@example.org' })).status).toBe(404);
    expect((await put({ userId: 404 })).status).toBe(404);
    expect((await put({ email: 'someone@example.org' })).status).toBe(200);
    expect((await put({ userId: 153 })).status).toBe(200);
  });

  it('should make someFailing fail each documented invitee its own way', async () => {
    server.use(inviteHandlers.someFailing());

    expect((await put({ email: 'nobody@example.org' })).status).toBe(404);
    expect((await put({ userId: 404 })).status).toBe(404);
    expect((await put({ email: 'invalid@example.org' })).status).toBe(422);
    expect((await put({ userId: 422 })).status).toBe(422);
    await expect(put({ email: 'offline@example.org' })).rejects.toThrow(TypeError);
    expect((await put({ email: 'someone@example.org' })).status).toBe(200);
  });

  it('should make the outage answer 503 with a 2-second wait to every request', async () => {
    server.use(inviteHandlers.outage());

    for (let i = 0; i < 5; i++) {
      const response = await put();
      expect(response.status).toBe(503);
      expect(response.headers.get('Retry-After')).toBe('2');
    }
  });

  it('should make the outage recover after three failures', async () => {
    server.use(inviteHandlers.outageThenRecovery());

    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await put({ userId: i })).status);

    expect(statuses).toEqual([503, 503, 503, 200, 200]);
  });

  it.each(batchScenarios)('should start %s from a fresh state each time it is made', async (name) => {
    const first: number[] = [];
    const second: number[] = [];
    server.use(inviteHandlers[name]());
    for (let i = 0; i < 4; i++) first.push(await put().then((r) => r.status, () => 0));
    server.resetHandlers(inviteHandlers[name]());
    for (let i = 0; i < 4; i++) second.push(await put().then((r) => r.status, () => 0));

    expect(second).toEqual(first);
  });

  it.each(batchScenarios)('should pass groupId and baseUrl on in the %s scenario', async (name) => {
    server.use(inviteHandlers[name]({ groupId: 'team a', baseUrl: BASE_URL }), teapot());

    expect((await put(undefined, 'team b')).status).toBe(418);
    expect((await put(undefined, 'team a', ELSEWHERE)).status).toBe(418);
    expect((await put(undefined, 'team a')).status).not.toBe(418);
  });

  it('should list every scenario the map has beyond the single-invite ones', () => {
    for (const name of batchScenarios) expect(typeof inviteHandlers[name]).toBe('function');
  });
});
