import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InviteError } from '../../src/api/InviteError.js';
import { ENDPOINT, makeClient, rejectionOf, useMockApi } from '../support/mockApi.js';

const EMAIL = { email: 'someone@example.org' };

const server = useMockApi();
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function countRequests() {
  const seen = { count: 0, urls: [] as string[] };
  server.use(
    http.put('*', ({ request }) => {
      seen.count += 1;
      seen.urls.push(request.url);
      return HttpResponse.json({ success: true, data: {} });
    }),
  );
  return seen;
}

/** Everything an error shows to a log or a debugger, its causes included. */
function everythingShown(error: unknown): string {
  let text = inspect(error, { depth: 10, showHidden: true });
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) text += `${cause.message}\n${cause.stack}`;
  return text;
}

describe('given a baseUrl that would build wrong URLs', () => {
  it.each([
    ['no scheme', 'apis.quran.foundation/auth'],
    ['a host and port without a scheme', 'localhost:3000/api'],
    ['a query', 'https://apis.quran.foundation/auth?env=prelive'],
    ['an empty query', 'https://apis.quran.foundation/auth?'],
    ['a fragment', 'https://apis.quran.foundation/auth#v1'],
    ['a relative path without its leading slash', 'api/quran'],
    ['a protocol-relative URL', '//apis.quran.foundation/auth'],
    ['another scheme', 'ftp://apis.quran.foundation/auth'],
    ['a path with a query', '/api/quran?x=1'],
    ['credentials', 'https://user:secret@apis.quran.foundation/auth'],
  ])('should throw a TypeError for %s when the client is created', (_name, baseUrl) => {
    expect(() => makeClient({ baseUrl })).toThrow(TypeError);
  });

  it.each([
    ['an absolute URL', 'https://apis.quran.foundation/auth', 'https://apis.quran.foundation/auth/v1/groups/1/inviteUser'],
    ['one with a trailing slash', 'https://apis.quran.foundation/auth/', 'https://apis.quran.foundation/auth/v1/groups/1/inviteUser'],
    ['an origin', 'http://127.0.0.1:8080', 'http://127.0.0.1:8080/v1/groups/1/inviteUser'],
  ])('should accept %s', async (_name, baseUrl, expected) => {
    const seen = countRequests();
    await makeClient({ baseUrl }).inviteUser({ groupId: '1', invitee: EMAIL });
    expect(seen.urls).toEqual([expected]);
  });

  it('should accept a path on the page’s own origin', () => {
    expect(() => makeClient({ baseUrl: '/api/quran/' })).not.toThrow();
  });

  it('should warn once in development when baseUrl already ends in /v1', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    makeClient({ baseUrl: 'https://apis.quran.foundation/auth/v1' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('/v1');
  });
});

describe('given a timeoutMs that is no number of milliseconds', () => {
  it.each([Number.NaN, -1, '5000'])('should throw a TypeError for %j, instead of running with no timeout', (timeoutMs) => {
    expect(() => makeClient({ timeoutMs: timeoutMs as number })).toThrow(/timeoutMs/);
  });

  it.each([0, Infinity, 1])('should take %s', (timeoutMs) => {
    expect(() => makeClient({ timeoutMs })).not.toThrow();
  });
});

describe('given a programming mistake in a call', () => {
  it.each([
    ['an empty groupId', ''],
    ['a blank groupId', '   '],
    ['a number for groupId', 42],
    ['undefined for groupId', undefined],
  ])('should reject with a TypeError naming it and send nothing, for %s', async (_name, groupId) => {
    const seen = countRequests();
    const error = await rejectionOf(makeClient().inviteUser({ groupId: groupId as string, invitee: EMAIL }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(InviteError);
    expect((error as Error).message).toContain('groupId');
    expect(seen.count).toBe(0);
  });
});

describe('given an access token that is not a valid header value', () => {
  const SECRET = 'eyJhbGciOi.secret-part';

  it.each([
    ['a line break inside', `${SECRET}\nX-Injected: 1`],
    ['a carriage return inside', `${SECRET}\r`.padEnd(30, 'x')],
    ['a NUL inside', `${SECRET}\0tail`],
    ['a character beyond Latin-1', `${SECRET}→`],
    ['only white space', ' \t '],
  ])('should be unauthorized, send nothing and never carry the token, for %s', async (_name, token) => {
    const seen = countRequests();
    const error = await rejectionOf(makeClient({ getAccessToken: () => token }).inviteUser({ groupId: '1', invitee: EMAIL }));

    expect(error).toBeInstanceOf(InviteError);
    expect(error).toMatchObject({ type: 'unauthorized', status: null });
    expect(seen.count).toBe(0);
    expect(everythingShown(error)).not.toContain('secret-part');
  });

  it('should send a token with only surrounding white space, trimmed, as Headers would', async () => {
    let sent: string | null = null;
    server.use(
      http.put(ENDPOINT, ({ request }) => {
        sent = request.headers.get('x-auth-token');
        return HttpResponse.json({ success: true, data: {} });
      }),
    );
    await makeClient({ getAccessToken: () => `  ${SECRET}\n` }).inviteUser({ groupId: '1', invitee: EMAIL });
    expect(sent).toBe(SECRET);
  });

  it('should leave the token out of a network error whose cause quotes the request headers', async () => {
    const error = await rejectionOf(
      makeClient({
        getAccessToken: () => SECRET,
        fetch: async (_url, init) => {
          throw new TypeError(`fetch failed`, {
            cause: new Error(`connect ECONNREFUSED with headers ${JSON.stringify(init?.headers)}`),
          });
        },
      }).inviteUser({ groupId: '1', invitee: EMAIL }),
    );

    expect(error).toMatchObject({ type: 'network_error' });
    expect(everythingShown(error)).not.toContain(SECRET);
  });

  it('should keep a network error’s cause when it says nothing of the token', async () => {
    const cause = new TypeError('fetch failed');
    const error = await rejectionOf(
      makeClient({
        fetch: async () => {
          throw cause;
        },
      }).inviteUser({ groupId: '1', invitee: EMAIL }),
    );
    expect((error as InviteError).cause).toBe(cause);
  });
});

describe('given a slow token provider and another request told to wait meanwhile', () => {
  it('should check the shared wait again once the token arrives, and send nothing', async () => {
    let releaseToken!: (token: string) => void;
    let calls = 0;
    const client = makeClient({
      getAccessToken: () => {
        calls += 1;
        // The first request's token is slow; the second one's comes at once.
        return calls === 1 ? new Promise<string>((resolve) => (releaseToken = resolve)) : 'token';
      },
    });
    const seen = { count: 0 };
    server.use(
      http.put(ENDPOINT, () => {
        seen.count += 1;
        return HttpResponse.json({ success: false }, { status: 429, headers: { 'Retry-After': '30' } });
      }),
    );

    const slow = client.inviteUser({ groupId: '1', invitee: EMAIL });
    await rejectionOf(client.inviteUser({ groupId: '2', invitee: EMAIL }));
    expect(seen.count).toBe(1);
    releaseToken('token');
    const refusal = await rejectionOf(slow);

    expect(seen.count).toBe(1);
    expect(refusal).toMatchObject({ type: 'rate_limit_exceeded', refused: true });
    expect((refusal as InviteError).retryAfterMs).toBeGreaterThan(29_000);
  });
});
