import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBulkInvite, type BulkInvite, type BulkStatus, type NetworkStatus } from '../../src/api/createBulkInvite.js';
import type { InviteClient, Invitee } from '../../src/api/createInviteClient.js';
import { InviteError } from '../../src/api/InviteError.js';
import { ENDPOINT, makeClient, useMockApi } from '../support/mockApi.js';

const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);

const server = useMockApi();
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout'], now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
});

const people = (n: number): Invitee[] => Array.from({ length: n }, (_, i) => ({ email: `person-${i + 1}@example.org` }));
const who = (body: { email?: string; userId?: number }) => body.email ?? String(body.userId);

type Mode = 'retry-after' | 'ratelimit' | 'x-ratelimit' | 'sliding';

/**
 * A stateful limiter on the fake clock: `limit` per `windowMs`, as a fixed
 * window that starts with the first request after the previous one ended, or
 * a sliding one. Records what it saw.
 */
function limiter(mode: Mode, { limit = 10, windowMs = 1000 } = {}) {
  const seen = { requests: [] as string[], accepted: [] as string[], refused: 0, inFlight: 0, maxInFlight: 0 };
  let windowStart: number | null = null;
  let used = 0;
  const acceptedAt: number[] = [];
  server.use(
    http.put(ENDPOINT, async ({ request }) => {
      const id = who((await request.json()) as { email?: string });
      seen.requests.push(id);
      const now = Date.now();
      let left: number;
      let resetMs: number;
      if (mode === 'sliding') {
        while (acceptedAt.length && acceptedAt[0]! <= now - windowMs) acceptedAt.shift();
        left = limit - acceptedAt.length;
        resetMs = acceptedAt.length ? acceptedAt[0]! + windowMs - now : windowMs;
      } else {
        if (windowStart === null || now >= windowStart + windowMs) {
          windowStart = now;
          used = 0;
        }
        left = limit - used;
        resetMs = windowStart + windowMs - now;
      }
      const seconds = String(Math.max(1, Math.ceil(resetMs / 1000)));
      const headers: Record<string, string> = {};
      if (mode === 'ratelimit') {
        headers['RateLimit-Policy'] = `"default";q=${limit};w=${windowMs / 1000}`;
      }
      if (left <= 0) {
        seen.refused += 1;
        if (mode === 'ratelimit') headers.RateLimit = `"default";r=0;t=${seconds}`;
        if (mode === 'x-ratelimit') Object.assign(headers, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': seconds });
        return HttpResponse.json(
          { message: 'Too many requests, please try again later', type: 'rate_limit_exceeded', success: false },
          { status: 429, headers: { ...headers, 'Retry-After': seconds } },
        );
      }
      if (mode === 'sliding') acceptedAt.push(now);
      else used += 1;
      seen.accepted.push(id);
      if (mode === 'ratelimit') headers.RateLimit = `"default";r=${left - 1};t=${seconds}`;
      if (mode === 'x-ratelimit') Object.assign(headers, { 'X-RateLimit-Remaining': String(left - 1), 'X-RateLimit-Reset': seconds });
      return HttpResponse.json({ success: true, data: {} }, { headers });
    }),
  );
  return seen;
}

/** Moves the fake clock in small steps until the batch reaches one of `statuses` (or `limitMs` passes). */
async function runUntil(batch: BulkInvite, statuses: BulkStatus[] = ['done', 'blocked', 'cancelled'], limitMs = 120_000) {
  const started = Date.now();
  while (!statuses.includes(batch.getSnapshot().status) && Date.now() - started < limitMs) {
    await vi.advanceTimersByTimeAsync(10);
  }
  return Date.now() - started;
}

describe('given a server that announces its quota', () => {
  it.each(['ratelimit', 'x-ratelimit'] as const)('should never exceed it (%s headers): zero 429s, everyone invited once', async (mode) => {
    const seen = limiter(mode);
    const batch = createBulkInvite({ client: makeClient(), groupId: 'g', invitees: people(60) });

    batch.start();
    const elapsed = await runUntil(batch);

    expect(batch.getSnapshot().status).toBe('done');
    expect(seen.refused).toBe(0);
    expect(seen.accepted).toEqual(people(60).map(who));
    expect(batch.getSnapshot().counts).toEqual({ invited: 60, failed: 0, pending: 0 });
    // Six windows of ten: the minimum is 5 s; the reset is announced in whole seconds.
    expect(elapsed).toBeLessThanOrEqual(5_000 * 1.15);
  });
});

describe('given a server that only sends Retry-After', () => {
  it.each(['retry-after', 'sliding'] as const)(
    'should learn the quota from the first 429 and meet at most one per window (%s window)',
    async (mode) => {
      const seen = limiter(mode);
      const batch = createBulkInvite({ client: makeClient(), groupId: 'g', invitees: people(60) });

      batch.start();
      const elapsed = await runUntil(batch);

      expect(batch.getSnapshot().status).toBe('done');
      expect(seen.refused).toBeLessThanOrEqual(1);
      expect(new Set(seen.accepted).size).toBe(60);
      expect(seen.accepted).toHaveLength(60);
      expect(elapsed).toBeLessThanOrEqual(5_000 * 1.15);
    },
  );

  it('should send the invitee that met the 429 first when the wait ends', async () => {
    const seen = limiter('retry-after', { limit: 3, windowMs: 1000 });
    const batch = createBulkInvite({ client: makeClient(), groupId: 'g', invitees: people(6) });

    batch.start();
    await runUntil(batch);

    expect(seen.requests).toEqual(['person-1', 'person-2', 'person-3', 'person-4', 'person-4', 'person-5', 'person-6'].map((p) => `${p}@example.org`));
    expect(batch.getSnapshot().rows[3]).toMatchObject({ status: 'invited', attempts: 2, error: null });
  });
});

describe('given concurrency', () => {
  it('should keep at most that many requests in flight', async () => {
    let inFlight = 0;
    let most = 0;
    server.use(
      http.put(ENDPOINT, async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 50));
        inFlight -= 1;
        return HttpResponse.json({ success: true, data: {} });
      }),
    );
    const batch = createBulkInvite({ client: makeClient(), groupId: 'g', invitees: people(10), concurrency: 3 });

    batch.start();
    await runUntil(batch);

    expect(most).toBe(3);
    expect(batch.getSnapshot().counts.invited).toBe(10);
  });
});

describe('given the server asks to wait', () => {
  it('should pause the whole batch, and single invitations on the same client, until the wait ends', async () => {
    let calls = 0;
    server.use(
      http.put(ENDPOINT, () => {
        calls += 1;
        return calls === 2
          ? HttpResponse.json({ success: false, type: 'rate_limit_exceeded' }, { status: 429, headers: { 'Retry-After': '30' } })
          : HttpResponse.json({ success: true, data: {} });
      }),
    );
    const client = makeClient();
    const batch = createBulkInvite({ client, groupId: 'g', invitees: people(4) });
    batch.start();
    await runUntil(batch, ['waiting']);

    expect(batch.getSnapshot().status).toBe('waiting');
    // The clock moves in 10 ms steps here: the wait began within the last step.
    expect(batch.getSnapshot().retryAt! - Date.now()).toBeGreaterThan(29_980);
    expect(batch.getSnapshot().retryAt! - Date.now()).toBeLessThanOrEqual(30_000);
    expect(batch.getSnapshot().rows.map((row) => row.status)).toEqual(['invited', 'waiting', 'pending', 'pending']);
    await expect(client.inviteUser({ groupId: 'g', invitee: { email: 'single@example.org' } })).rejects.toMatchObject({ refused: true });
    await vi.advanceTimersByTimeAsync(29_000);
    expect(calls).toBe(2);

    await runUntil(batch);
    expect(calls).toBe(5);
    expect(batch.getSnapshot().counts.invited).toBe(4);
  });

  it('should not count a request the shared wait held back as an attempt', async () => {
    let releaseToken!: () => void;
    let tokens = 0;
    const client = makeClient({
      getAccessToken: () => {
        tokens += 1;
        return tokens === 1 ? new Promise<string>((resolve) => (releaseToken = () => resolve('token'))) : 'token';
      },
    });
    let calls = 0;
    server.use(
      http.put(ENDPOINT, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ success: false }, { status: 429, headers: { 'Retry-After': '5' } })
          : HttpResponse.json({ success: true, data: {} });
      }),
    );
    const batch = createBulkInvite({ client, groupId: 'g', invitees: people(1) });

    batch.start();
    await vi.advanceTimersByTimeAsync(0);
    // Another request on the client is told to wait while the batch's waits for its token.
    await client.inviteUser({ groupId: 'g', invitee: { userId: 9 } }).catch(() => {});
    releaseToken();
    await vi.advanceTimersByTimeAsync(0);

    expect(batch.getSnapshot().rows[0]).toMatchObject({ status: 'pending', attempts: 0 });
    expect(batch.getSnapshot().status).toBe('waiting');
    await runUntil(batch);
    expect(batch.getSnapshot().rows[0]).toMatchObject({ status: 'invited', attempts: 1 });
  });
});

describe('given server errors', () => {
  it('should retry a 502 once by the §4 policy and go on', async () => {
    const replies = new Map<string, number>();
    server.use(
      http.put(ENDPOINT, async ({ request }) => {
        const id = who((await request.json()) as { email?: string });
        replies.set(id, (replies.get(id) ?? 0) + 1);
        return id === 'person-2@example.org' && replies.get(id) === 1
          ? HttpResponse.json({ success: false }, { status: 502 })
          : HttpResponse.json({ success: true, data: {} });
      }),
    );
    const batch = createBulkInvite({ client: makeClient(), groupId: 'g', invitees: people(3), retryPolicy: { random: () => 0 } });

    batch.start();
    await runUntil(batch);

    expect(batch.getSnapshot().rows.map((row) => [row.status, row.attempts])).toEqual([
      ['invited', 1],
      ['invited', 2],
      ['invited', 1],
    ]);
  });

  it('should not multiply traffic in an outage: a batch-wide budget of automatic retries', async () => {
    let calls = 0;
    server.use(
      http.put(ENDPOINT, () => {
        calls += 1;
        return HttpResponse.json({ success: false, type: 'service_unavailable' }, { status: 503 });
      }),
    );
    const batch = createBulkInvite({ client: makeClient(), groupId: 'g', invitees: people(50), retryPolicy: { random: () => 0 } });

    batch.start();
    await runUntil(batch);

    expect(batch.getSnapshot().status).toBe('done');
    expect(batch.getSnapshot().counts.failed).toBe(50);
    // One request per row, and a budget of five retries for fifty rows.
    expect(calls).toBe(55);
  });

  it('should fail only the rows a 400, 404 or 422 answers, and invite the rest', async () => {
    const status: Record<string, number> = { 'person-1@example.org': 404, 'person-3@example.org': 422, 'person-4@example.org': 400 };
    server.use(
      http.put(ENDPOINT, async ({ request }) => {
        const id = who((await request.json()) as { email?: string });
        return status[id] ? HttpResponse.json({ success: false }, { status: status[id] }) : HttpResponse.json({ success: true, data: {} });
      }),
    );
    const batch = createBulkInvite({ client: makeClient(), groupId: 'g', invitees: people(5) });

    batch.start();
    await runUntil(batch);

    const { rows, counts } = batch.getSnapshot();
    expect(rows.map((row) => row.error?.type ?? row.status)).toEqual(['not_found', 'invited', 'unprocessable_entity', 'invalid_request', 'invited']);
    expect(counts).toEqual({ invited: 2, failed: 3, pending: 0 });
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
  ])('should block the batch on a %i, leave the rest pending, and go on with retryFailed()', async (code, type) => {
    let calls = 0;
    server.use(
      http.put(ENDPOINT, () => {
        calls += 1;
        return calls === 2 ? HttpResponse.json({ success: false }, { status: code }) : HttpResponse.json({ success: true, data: {} });
      }),
    );
    const batch = createBulkInvite({ client: makeClient({ refreshOnUnauthorized: false }), groupId: 'g', invitees: people(4) });

    batch.start();
    await runUntil(batch);
    const blocked = batch.getSnapshot();
    expect(blocked.status).toBe('blocked');
    expect(blocked.blockedBy).toBeInstanceOf(InviteError);
    expect(blocked.blockedBy?.type).toBe(type);
    expect(blocked.rows.map((row) => row.status)).toEqual(['invited', 'failed', 'pending', 'pending']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(2);

    batch.retryFailed();
    await runUntil(batch);
    expect(batch.getSnapshot().counts).toEqual({ invited: 4, failed: 0, pending: 0 });
    // The one already invited is never sent again.
    expect(calls).toBe(5);
  });
});

describe('given the connection drops', () => {
  it('should pause while offline and go on when it returns', async () => {
    const seen = limiter('ratelimit');
    let online = false;
    const listeners = new Set<(online: boolean) => void>();
    const network: NetworkStatus = {
      isOnline: () => online,
      subscribe: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    };
    const batch = createBulkInvite({ client: makeClient(), groupId: 'g', invitees: people(3), network });

    batch.start();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(batch.getSnapshot()).toMatchObject({ status: 'waiting', retryAt: null });
    expect(seen.requests).toHaveLength(0);

    online = true;
    for (const listener of listeners) listener(true);
    await runUntil(batch);
    expect(seen.accepted).toHaveLength(3);
  });
});

describe('given cancel()', () => {
  it('should abort what is in flight and send nothing more, and retryFailed() should pick up from there', async () => {
    const signals: AbortSignal[] = [];
    let answer: (() => void) | undefined;
    server.use(
      http.put(ENDPOINT, async ({ request }) => {
        signals.push(request.signal);
        if (signals.length === 2) await new Promise<void>((resolve) => (answer = resolve));
        return HttpResponse.json({ success: true, data: {} });
      }),
    );
    const batch = createBulkInvite({ client: makeClient(), groupId: 'g', invitees: people(4) });
    batch.start();
    await vi.advanceTimersByTimeAsync(0);
    await vi.waitFor(() => expect(signals).toHaveLength(2));

    batch.cancel();
    answer?.();
    await vi.advanceTimersByTimeAsync(10_000);

    expect(signals[1]!.aborted).toBe(true);
    expect(signals).toHaveLength(2);
    expect(batch.getSnapshot().status).toBe('cancelled');
    expect(batch.getSnapshot().rows.map((row) => row.status)).toEqual(['invited', 'cancelled', 'cancelled', 'cancelled']);

    batch.retryFailed();
    await runUntil(batch);
    expect(batch.getSnapshot().counts.invited).toBe(4);
    expect(signals).toHaveLength(5);
  });
});

describe('given onInvited', () => {
  it('should be called once per invited row', async () => {
    limiter('ratelimit');
    const onInvited = vi.fn();
    const batch = createBulkInvite({ client: makeClient(), groupId: 'g', invitees: people(12), onInvited });
    batch.start();
    await runUntil(batch);
    expect(onInvited).toHaveBeenCalledTimes(12);
    expect(onInvited.mock.calls.map(([result]) => result.invitee)).toEqual(people(12));
  });
});

describe('given a mistake in how the batch is made', () => {
  const base = () => ({ client: makeClient(), groupId: '1', invitees: people(2) });

  it.each([0, -2, 2.5, Number.NaN, Infinity])('should name a concurrency of %s at once, instead of never sending', (concurrency) => {
    expect(() => createBulkInvite({ ...base(), concurrency })).toThrow(/concurrency.*whole number from 1/);
  });

  it.each(['', '  ', '..', 7, null])('should name a groupId of %j at once, instead of failing every row', (groupId) => {
    expect(() => createBulkInvite({ ...base(), groupId: groupId as string })).toThrow(/groupId/);
  });

  it.each<[string, unknown[]]>([
    ['no invitee at all', [people(1)[0], null]],
    ['an empty email', [{ email: '' }]],
    ['both an email and a user ID', [{ email: 'a@x.org', userId: 4 }]],
    ['a user ID that is no positive integer', [{ userId: 0 }]],
  ])('should name the index of %s', (_, invitees) => {
    expect(() => createBulkInvite({ ...base(), invitees: invitees as Invitee[] })).toThrow(/invitees\[\d\]/);
  });

  it.each<[string, Invitee[], RegExp]>([
    ['an email in another case', [{ email: 'Ann@X.org' }, { userId: 5 }, { email: 'ann@x.org' }], /invitees\[2\]` repeats `invitees\[0\]/],
    ['a user ID', [{ userId: 42 }, { userId: 42 }], /invitees\[1\]` repeats `invitees\[0\]/],
  ])('should refuse %s listed twice, so nobody is invited twice', (_, invitees, message) => {
    expect(() => createBulkInvite({ ...base(), invitees })).toThrow(message);
  });

  it('should throw for invitees that are no array, and on start() for a client that is none', () => {
    expect(() => createBulkInvite({ ...base(), invitees: 'ann@x.org' as unknown as Invitee[] })).toThrow(TypeError);
    const batch = createBulkInvite({ ...base(), client: undefined as unknown as InviteClient });
    expect(() => batch.start()).toThrow(TypeError);
  });

  it('should throw a TypeError, and send nothing', async () => {
    const seen = limiter('retry-after');
    expect(() => createBulkInvite({ ...base(), concurrency: 0 })).toThrow(TypeError);
    await vi.advanceTimersByTimeAsync(5000);
    expect(seen.requests).toEqual([]);
  });
});
