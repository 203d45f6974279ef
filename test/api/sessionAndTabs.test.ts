import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBulkInvite } from '../../src/api/createBulkInvite.js';
import { type InviteClientOptions } from '../../src/api/createInviteClient.js';
import { BASE_URL, ENDPOINT, inviteErrorOf, makeClient, useMockApi } from '../support/mockApi.js';

const EMAIL = { email: 'someone@example.org' };

const server = useMockApi();
afterEach(() => {
  localStorage.clear();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Lets a BroadcastChannel message arrive (they are delivered as tasks). */
const deliver = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('given a 401 and a token provider that can refresh', () => {
  function expiringSession() {
    const seen = { tokens: [] as string[], calls: [] as boolean[] };
    server.use(
      http.put(ENDPOINT, ({ request }) => {
        const token = request.headers.get('x-auth-token')!;
        seen.tokens.push(token);
        return token === 'fresh' ? HttpResponse.json({ success: true, data: {} }) : HttpResponse.json({ success: false }, { status: 401 });
      }),
    );
    const getAccessToken = vi.fn(async ({ forceRefresh }: { forceRefresh: boolean }) => {
      seen.calls.push(forceRefresh);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return forceRefresh ? 'fresh' : 'stale';
    });
    return { seen, getAccessToken };
  }

  it('should ask once with forceRefresh: true and repeat the request once with the new token', async () => {
    const { seen, getAccessToken } = expiringSession();
    await expect(makeClient({ getAccessToken }).inviteUser({ groupId: '1', invitee: EMAIL })).resolves.toMatchObject({ groupId: '1' });
    expect(seen.calls).toEqual([false, true]);
    expect(seen.tokens).toEqual(['stale', 'fresh']);
  });

  it('should share one refresh among five requests that meet a 401 together', async () => {
    const { seen, getAccessToken } = expiringSession();
    const client = makeClient({ getAccessToken });
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => client.inviteUser({ groupId: String(i + 1), invitee: EMAIL })));
    expect(results).toHaveLength(5);
    expect(seen.calls.filter(Boolean)).toHaveLength(1);
  });

  it('should refresh once for a whole batch', async () => {
    const { seen, getAccessToken } = expiringSession();
    const batch = createBulkInvite({
      client: makeClient({ getAccessToken }),
      groupId: 'g',
      invitees: Array.from({ length: 20 }, (_, i) => ({ userId: i + 1 })),
      concurrency: 5,
    });
    batch.start();
    await vi.waitFor(() => expect(batch.getSnapshot().status).toBe('done'), { timeout: 10_000 });
    expect(batch.getSnapshot().counts.invited).toBe(20);
    expect(seen.calls.filter(Boolean)).toHaveLength(1);
  });

  it('should be unauthorized after a second 401, with no loop', async () => {
    let calls = 0;
    server.use(
      http.put(ENDPOINT, () => {
        calls += 1;
        return HttpResponse.json({ success: false }, { status: 401 });
      }),
    );
    const getAccessToken = vi.fn(() => 'token');
    const error = await inviteErrorOf(makeClient({ getAccessToken }).inviteUser({ groupId: '1', invitee: EMAIL }));
    expect(error).toMatchObject({ type: 'unauthorized', status: 401 });
    expect(calls).toBe(2);
    expect(getAccessToken).toHaveBeenCalledTimes(2);
  });

  it('should never refresh on a 403', async () => {
    let calls = 0;
    server.use(
      http.put(ENDPOINT, () => {
        calls += 1;
        return HttpResponse.json({ success: false }, { status: 403 });
      }),
    );
    const getAccessToken = vi.fn(() => 'token');
    expect((await inviteErrorOf(makeClient({ getAccessToken }).inviteUser({ groupId: '1', invitee: EMAIL }))).type).toBe('forbidden');
    expect(calls).toBe(1);
    expect(getAccessToken).toHaveBeenCalledWith({ forceRefresh: false });
    expect(getAccessToken).toHaveBeenCalledTimes(1);
  });

  it('should be unauthorized, without a second request, when the refresh throws', async () => {
    let calls = 0;
    server.use(
      http.put(ENDPOINT, () => {
        calls += 1;
        return HttpResponse.json({ success: false }, { status: 401 });
      }),
    );
    const error = await inviteErrorOf(
      makeClient({
        getAccessToken: ({ forceRefresh }) => {
          if (forceRefresh) throw new Error('refresh token revoked');
          return 'token';
        },
      }).inviteUser({ groupId: '1', invitee: EMAIL }),
    );
    expect(error).toMatchObject({ type: 'unauthorized' });
    expect(calls).toBe(1);
  });

  it('should not refresh with refreshOnUnauthorized: false', async () => {
    const { seen, getAccessToken } = expiringSession();
    const error = await inviteErrorOf(makeClient({ getAccessToken, refreshOnUnauthorized: false }).inviteUser({ groupId: '1', invitee: EMAIL }));
    expect(error.type).toBe('unauthorized');
    expect(seen.calls).toEqual([false]);
  });

  it('should hold the repeated request to the shared wait as well', async () => {
    let releaseRefresh!: (token: string) => void;
    const sent: string[] = [];
    server.use(
      http.put(ENDPOINT, ({ request }) => {
        const token = request.headers.get('x-auth-token')!;
        sent.push(token);
        if (token === 'stale') return HttpResponse.json({ success: false }, { status: 401 });
        if (token === 'limited') return HttpResponse.json({ success: false }, { status: 429, headers: { 'Retry-After': '30' } });
        return HttpResponse.json({ success: true, data: {} });
      }),
    );
    let plainCalls = 0;
    const client = makeClient({
      getAccessToken: ({ forceRefresh }) => {
        if (forceRefresh) return new Promise<string>((resolve) => (releaseRefresh = resolve));
        plainCalls += 1;
        return plainCalls === 1 ? 'stale' : 'limited';
      },
    });
    const pending = client.inviteUser({ groupId: '1', invitee: EMAIL });
    await vi.waitFor(() => expect(sent).toEqual(['stale']));
    // While the refresh is out, another request on the client is told to wait 30 s.
    await inviteErrorOf(client.inviteUser({ groupId: '2', invitee: { userId: 1 } }));
    releaseRefresh('fresh');

    expect(await inviteErrorOf(pending)).toMatchObject({ refused: true, type: 'rate_limit_exceeded' });
    expect(sent).toEqual(['stale', 'limited']);
  });
});

describe('given several tabs sharing a wait (forced on: jsdom has it off)', () => {
  const shared = (overrides: Partial<InviteClientOptions> = {}) => makeClient({ shareWaitAcrossTabs: true, ...overrides });
  const rateLimited = () => {
    const seen = { count: 0 };
    server.use(
      http.put(ENDPOINT, () => {
        seen.count += 1;
        return HttpResponse.json({ success: false, type: 'rate_limit_exceeded' }, { status: 429, headers: { 'Retry-After': '30' } });
      }),
    );
    return seen;
  };

  it('should hold another client of the same baseUrl and clientId, and one created during the wait', async () => {
    const seen = rateLimited();
    const first = shared();
    const second = shared();
    await inviteErrorOf(first.inviteUser({ groupId: '1', invitee: EMAIL }));
    await deliver();

    expect(await inviteErrorOf(second.inviteUser({ groupId: '1', invitee: EMAIL }))).toMatchObject({ refused: true, type: 'rate_limit_exceeded' });
    expect(await inviteErrorOf(shared().inviteUser({ groupId: '1', invitee: EMAIL }))).toMatchObject({ refused: true });
    expect(seen.count).toBe(1);
  });

  it('should read a wait another tab stored just now before a request leaves, not only when its message arrives', async () => {
    const seen = rateLimited();
    const client = shared();
    const until = Date.now() + 20_000;
    // Another tab's wait, stored a moment ago; its message has not arrived yet.
    localStorage.setItem(`invite-kit:wait:${BASE_URL} c`, JSON.stringify({ until, type: 'rate_limit_exceeded', status: 429, serverMessage: null }));

    expect(await inviteErrorOf(client.inviteUser({ groupId: '1', invitee: EMAIL }))).toMatchObject({ refused: true, status: 429 });
    expect(seen.count).toBe(0);
  });

  it('should clear a stored wait once it has ended', () => {
    localStorage.setItem(`invite-kit:wait:${BASE_URL} c`, JSON.stringify({ until: Date.now() - 1, type: 'rate_limit_exceeded', status: 429, serverMessage: null }));
    shared();
    expect(localStorage.getItem(`invite-kit:wait:${BASE_URL} c`)).toBeNull();
  });

  it('should not hold a client with another clientId or baseUrl', async () => {
    const seen = rateLimited();
    await inviteErrorOf(shared().inviteUser({ groupId: '1', invitee: EMAIL }));
    await deliver();

    expect((await inviteErrorOf(shared({ clientId: 'other' }).inviteUser({ groupId: '1', invitee: EMAIL }))).refused).toBe(false);
    expect(seen.count).toBe(2);
  });

  it('should be off by default under jsdom', async () => {
    const seen = rateLimited();
    await inviteErrorOf(makeClient().inviteUser({ groupId: '1', invitee: EMAIL }));
    await deliver();
    expect((await inviteErrorOf(makeClient().inviteUser({ groupId: '1', invitee: EMAIL }))).refused).toBe(false);
    expect(seen.count).toBe(2);
    expect(localStorage.length).toBe(0);
  });

  it('should stay per tab, silently, when storage and BroadcastChannel throw', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.stubGlobal(
      'BroadcastChannel',
      class {
        constructor() {
          throw new DOMException('denied', 'SecurityError');
        }
      },
    );
    rateLimited();
    const client = shared();
    await inviteErrorOf(client.inviteUser({ groupId: '1', invitee: EMAIL }));
    expect((await inviteErrorOf(client.inviteUser({ groupId: '1', invitee: EMAIL }))).refused).toBe(true);
    vi.unstubAllGlobals();
  });

  it('should ignore what is stored or sent that is no wait', async () => {
    localStorage.setItem(`invite-kit:wait:${BASE_URL} c`, '{"until":"tomorrow"}');
    const seen = { count: 0 };
    server.use(
      http.put(ENDPOINT, () => {
        seen.count += 1;
        return HttpResponse.json({ success: true, data: {} });
      }),
    );
    await shared().inviteUser({ groupId: '1', invitee: EMAIL });
    new BroadcastChannel(`invite-kit:wait:${BASE_URL} c`).postMessage({ until: Date.now() + 60_000, type: 42 });
    await deliver();
    await shared().inviteUser({ groupId: '1', invitee: EMAIL });
    expect(seen.count).toBe(2);
  });
});
