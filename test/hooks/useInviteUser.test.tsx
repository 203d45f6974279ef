import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInviteClient, type InviteClient, type InviteClientOptions } from '../../src/api/createInviteClient.js';
import { InviteError } from '../../src/api/InviteError.js';
import { InviteKitProvider } from '../../src/components/InviteKitProvider.js';
import { useInviteUser, type UseInviteUserOptions } from '../../src/hooks/useInviteUser.js';

const BASE_URL = 'https://api.example.test/auth';
const ENDPOINT = `${BASE_URL}/v1/groups/:groupId/inviteUser`;
const EMAIL = { email: 'someone@example.org' };
const FIVE_MINUTES = 5 * 60_000;
/** Makes the jitter of a retry without a usable Retry-After exactly its minimum, 1 s. */
const NO_JITTER = { random: () => 0 };

const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  onlineManager.setOnline(true);
  vi.useRealTimers();
});
afterAll(() => server.close());

function makeClient(overrides: Partial<InviteClientOptions> = {}): InviteClient {
  return createInviteClient({ baseUrl: BASE_URL, clientId: 'my-client-id', getAccessToken: () => 'token', ...overrides });
}

/**
 * Answers the n-th request with the n-th response (the last one repeats) and
 * counts the requests that reached the server.
 */
function serve(...responses: Array<() => Response | Promise<Response>>) {
  const seen = { count: 0, signals: [] as AbortSignal[] };
  server.use(
    http.put(ENDPOINT, ({ request }) => {
      const respond = responses[Math.min(seen.count, responses.length - 1)]!;
      seen.count += 1;
      seen.signals.push(request.signal);
      return respond();
    }),
  );
  return seen;
}

const failWith = (status: number, headers: Record<string, string> = {}) => () =>
  HttpResponse.json({ success: false, message: `failed with ${status}` }, { status, headers });
const succeed = () => HttpResponse.json({ success: true, data: { message: 'Invitation sent' } });
const networkFailure = () => HttpResponse.error();
const neverAnswer = () => new Promise<Response>(() => {});

function renderInviteUser(options: Partial<UseInviteUserOptions> = {}, wrapper?: (props: { children: ReactNode }) => ReactNode) {
  const client = options.client ?? makeClient();
  return renderHook(() => useInviteUser({ groupId: '1234', client, ...options }), { wrapper });
}

/** Moves the fake clock and lets every response and re-render that falls due settle. */
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('useInviteUser', () => {
  describe('given a 429 with Retry-After: 30', () => {
    it('should wait automatically for 30 s and send exactly one more request at 30 000 ms', async () => {
      const seen = serve(failWith(429, { 'Retry-After': '30' }), succeed);
      const { result } = renderInviteUser();

      act(() => result.current.invite(EMAIL));
      await advance(0);

      expect(seen.count).toBe(1);
      expect(result.current.status).toBe('waiting');
      expect(result.current.wait).toBe('auto');
      expect(result.current.remainingMs).toBe(30_000);
      expect(result.current.error?.type).toBe('rate_limit_exceeded');
      expect(result.current.canRetry).toBe(false);

      await advance(29_999);
      expect(seen.count).toBe(1);

      await advance(1);
      expect(seen.count).toBe(2);
      expect(result.current.status).toBe('success');
    });

    it('should count the remaining time down while waiting', async () => {
      serve(failWith(429, { 'Retry-After': '30' }), succeed);
      const { result } = renderInviteUser();

      act(() => result.current.invite(EMAIL));
      await advance(0);
      await advance(10_000);

      expect(result.current.remainingMs).toBe(20_000);
      expect(result.current.retryAt).toBe(Date.now() + 20_000);
    });

    it('should send nothing for an invite() or retry() called during the wait', async () => {
      const seen = serve(failWith(429, { 'Retry-After': '30' }), succeed);
      const { result } = renderInviteUser();

      act(() => result.current.invite(EMAIL));
      await advance(0);
      await advance(5_000);
      act(() => {
        result.current.invite({ email: 'other@example.org' });
        result.current.retry();
      });
      await advance(0);

      expect(seen.count).toBe(1);
      expect(result.current.wait).toBe('auto');
    });
  });

  describe('given a 429 or 503 with no Retry-After', () => {
    it.each([429, 503])('should retry a %i once by itself after the jittered 1 s minimum', async (status) => {
      const seen = serve(failWith(status), succeed);
      const { result } = renderInviteUser({ retryPolicy: NO_JITTER });

      act(() => result.current.invite(EMAIL));
      await advance(0);
      expect(result.current.status).toBe('waiting');
      expect(result.current.wait).toBe('auto');
      expect(result.current.remainingMs).toBe(1_000);

      await advance(999);
      expect(seen.count).toBe(1);

      await advance(1);
      expect(seen.count).toBe(2);
      expect(result.current.status).toBe('success');
    });

    it('should wait between 1 s and 2 s with the default random jitter', async () => {
      const seen = serve(failWith(503), succeed);
      const { result } = renderInviteUser();

      act(() => result.current.invite(EMAIL));
      await advance(999);
      expect(seen.count).toBe(1);

      await advance(1_001);
      expect(seen.count).toBe(2);
    });

    it('should leave a failed automatic retry to the user', async () => {
      const seen = serve(failWith(503));
      const { result } = renderInviteUser({ retryPolicy: NO_JITTER });

      act(() => result.current.invite(EMAIL));
      await advance(1_000);
      expect(seen.count).toBe(2);
      await advance(FIVE_MINUTES);

      expect(seen.count).toBe(2);
      expect(result.current.status).toBe('error');
      expect(result.current.canRetry).toBe(true);
    });
  });

  describe('given a 429 with Retry-After: 120, above the 60 s cap', () => {
    it('should never send a request by itself', async () => {
      const seen = serve(failWith(429, { 'Retry-After': '120' }));
      const { result } = renderInviteUser();

      act(() => result.current.invite(EMAIL));
      await advance(0);
      expect(result.current.status).toBe('waiting');
      expect(result.current.wait).toBe('manual');
      expect(result.current.remainingMs).toBe(120_000);

      await advance(FIVE_MINUTES);
      expect(seen.count).toBe(1);
    });

    it('should report a long wait (a time to show) until it comes within the 60 s cap', async () => {
      serve(failWith(429, { 'Retry-After': '120' }));
      const { result } = renderInviteUser();

      act(() => result.current.invite(EMAIL));
      await advance(0);
      expect(result.current.longWait).toBe(true);

      await advance(59_000);
      expect(result.current.remainingMs).toBe(61_000);
      expect(result.current.longWait).toBe(true);

      await advance(1_000);
      expect(result.current.remainingMs).toBe(60_000);
      expect(result.current.longWait).toBe(false);
    });

    it('should allow a retry only once the 120 s have passed, and send it once', async () => {
      const seen = serve(failWith(429, { 'Retry-After': '120' }), succeed);
      const { result } = renderInviteUser();

      act(() => result.current.invite(EMAIL));
      await advance(119_999);
      expect(result.current.canRetry).toBe(false);
      act(() => result.current.retry());
      await advance(0);
      expect(seen.count).toBe(1);

      await advance(1);
      expect(result.current.canRetry).toBe(true);
      expect(result.current.status).toBe('error');
      expect(result.current.wait).toBeNull();

      act(() => result.current.retry());
      await advance(0);
      expect(seen.count).toBe(2);
      expect(result.current.status).toBe('success');
    });

    it('should ignore a new invite() before the time shown', async () => {
      const seen = serve(failWith(429, { 'Retry-After': '120' }), succeed);
      const { result } = renderInviteUser();

      act(() => result.current.invite(EMAIL));
      await advance(60_000);
      act(() => result.current.invite({ email: 'other@example.org' }));
      await advance(0);

      expect(seen.count).toBe(1);
    });
  });

  describe.each([
    ['502', failWith(502)],
    ['504', failWith(504)],
    ['a network error', networkFailure],
  ])('given %s', (_name, failure) => {
    it('should retry once by itself, then let the user retry at once, and never send a third by itself', async () => {
      const seen = serve(failure);
      const { result } = renderInviteUser({ retryPolicy: NO_JITTER });

      act(() => result.current.invite(EMAIL));
      await advance(0);
      expect(seen.count).toBe(1);
      expect(result.current.status).toBe('waiting');
      expect(result.current.wait).toBe('auto');

      await advance(1_000);
      expect(seen.count).toBe(2);
      expect(result.current.status).toBe('error');
      expect(result.current.canRetry).toBe(true);

      await advance(FIVE_MINUTES);
      expect(seen.count).toBe(2);

      act(() => result.current.retry());
      await advance(0);
      expect(seen.count).toBe(3);
    });
  });

  describe('given a 502 with Retry-After: 5', () => {
    it('should retry by itself after the 5 s the server asked for', async () => {
      const seen = serve(failWith(502, { 'Retry-After': '5' }), succeed);
      const { result } = renderInviteUser({ retryPolicy: NO_JITTER });

      act(() => result.current.invite(EMAIL));
      await advance(4_999);
      expect(seen.count).toBe(1);

      await advance(1);
      expect(seen.count).toBe(2);
      expect(result.current.status).toBe('success');
    });
  });

  describe('given a request that times out', () => {
    it('should retry once by itself, then leave it to the user', async () => {
      const seen = serve(neverAnswer);
      const { result } = renderInviteUser({ client: makeClient({ timeoutMs: 5_000 }), retryPolicy: NO_JITTER });

      act(() => result.current.invite(EMAIL));
      await advance(5_000);
      expect(result.current.error?.type).toBe('timeout');
      expect(result.current.wait).toBe('auto');

      await advance(1_000 + 5_000);
      expect(seen.count).toBe(2);
      expect(result.current.status).toBe('error');
      expect(result.current.canRetry).toBe(true);

      await advance(FIVE_MINUTES);
      expect(seen.count).toBe(2);
    });
  });

  describe('given a 500', () => {
    it('should never retry by itself but let the user retry at once', async () => {
      const seen = serve(failWith(500), succeed);
      const { result } = renderInviteUser();

      act(() => result.current.invite(EMAIL));
      await advance(0);
      expect(result.current.status).toBe('error');
      expect(result.current.error?.type).toBe('internal_server_error');
      expect(result.current.canRetry).toBe(true);

      await advance(FIVE_MINUTES);
      expect(seen.count).toBe(1);

      act(() => result.current.retry());
      await advance(0);
      expect(seen.count).toBe(2);
      expect(result.current.status).toBe('success');
    });

    it('should let the user retry only after its Retry-After: 10', async () => {
      const seen = serve(failWith(500, { 'Retry-After': '10' }), succeed);
      const { result } = renderInviteUser();

      act(() => result.current.invite(EMAIL));
      await advance(0);
      expect(result.current.status).toBe('waiting');
      expect(result.current.wait).toBe('manual');
      expect(result.current.canRetry).toBe(false);

      await advance(9_999);
      act(() => result.current.retry());
      await advance(0);
      expect(seen.count).toBe(1);

      await advance(1);
      expect(result.current.canRetry).toBe(true);
      await advance(FIVE_MINUTES);
      expect(seen.count).toBe(1);

      act(() => result.current.retry());
      await advance(0);
      expect(seen.count).toBe(2);
    });
  });

  describe.each([
    [400, 'invalid_request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [422, 'unprocessable_entity'],
  ])('given a %i', (status, type) => {
    it('should never retry, offer no retry, and send again when resubmitted', async () => {
      const seen = serve(failWith(status), succeed);
      // Without the one token refresh a 401 otherwise gets: that is the client's own repeat.
      const { result } = renderInviteUser({ retryPolicy: NO_JITTER, client: makeClient({ refreshOnUnauthorized: false }) });

      act(() => result.current.invite(EMAIL));
      await advance(0);
      expect(result.current.status).toBe('error');
      expect(result.current.error?.type).toBe(type);
      expect(result.current.wait).toBeNull();
      expect(result.current.canRetry).toBe(false);

      await advance(FIVE_MINUTES);
      expect(seen.count).toBe(1);

      act(() => result.current.retry());
      await advance(0);
      expect(seen.count).toBe(1);

      act(() => result.current.invite({ email: 'corrected@example.org' }));
      await advance(0);
      expect(seen.count).toBe(2);
      expect(result.current.status).toBe('success');
    });
  });

  describe('given a maxAutoRetries in the retry policy', () => {
    it('should make two automatic retries when it is 2, then stop', async () => {
      const seen = serve(failWith(503));
      const { result } = renderInviteUser({ retryPolicy: { ...NO_JITTER, maxAutoRetries: 2 } });

      act(() => result.current.invite(EMAIL));
      await advance(0);
      await advance(1_000);
      expect(seen.count).toBe(2);
      expect(result.current.wait).toBe('auto');

      await advance(1_000);
      expect(seen.count).toBe(3);
      await advance(FIVE_MINUTES);
      expect(seen.count).toBe(3);
      expect(result.current.canRetry).toBe(true);
    });

    it('should make none when it is 0', async () => {
      const seen = serve(failWith(503));
      const { result } = renderInviteUser({ retryPolicy: { ...NO_JITTER, maxAutoRetries: 0 } });

      act(() => result.current.invite(EMAIL));
      await advance(FIVE_MINUTES);

      expect(seen.count).toBe(1);
      expect(result.current.status).toBe('error');
      expect(result.current.canRetry).toBe(true);
    });
  });

  describe('given a retry policy on an InviteKitProvider and on the hook', () => {
    it("should merge them key by key, the hook's keys winning", async () => {
      const seen = serve(failWith(429, { 'Retry-After': '90' }), succeed);
      const { result } = renderInviteUser({ retryPolicy: NO_JITTER }, ({ children }) => (
        <InviteKitProvider retryPolicy={{ maxRetryAfterMs: 120_000 }}>{children}</InviteKitProvider>
      ));

      act(() => result.current.invite(EMAIL));
      await advance(0);
      expect(result.current.wait).toBe('auto');

      await advance(90_000);
      expect(seen.count).toBe(2);
    });
  });

  describe('given invite() called twice in one tick', () => {
    it('should send one request', async () => {
      const seen = serve(succeed);
      const { result } = renderInviteUser();

      act(() => {
        result.current.invite(EMAIL);
        result.current.invite(EMAIL);
      });
      await advance(0);

      expect(seen.count).toBe(1);
    });

    it('should ignore invite() while the request is in flight', async () => {
      const seen = serve(neverAnswer);
      const { result } = renderInviteUser();

      act(() => result.current.invite(EMAIL));
      await advance(0);
      expect(result.current.status).toBe('submitting');
      act(() => result.current.invite(EMAIL));
      await advance(0);

      expect(seen.count).toBe(1);
    });
  });

  describe('given cancel() during a wait', () => {
    it('should send nothing more and return to idle', async () => {
      const seen = serve(failWith(429, { 'Retry-After': '30' }));
      const { result } = renderInviteUser();

      act(() => result.current.invite(EMAIL));
      await advance(0);
      act(() => result.current.cancel());
      await advance(FIVE_MINUTES);

      expect(seen.count).toBe(1);
      expect(result.current.status).toBe('idle');
      expect(result.current.error).toBeNull();
    });
  });

  describe('given an unmount', () => {
    it('should abort the request in flight', async () => {
      const seen = serve(neverAnswer);
      const { result, unmount } = renderInviteUser();

      act(() => result.current.invite(EMAIL));
      await advance(0);
      expect(seen.signals[0]?.aborted).toBe(false);
      unmount();
      await advance(0);

      expect(seen.signals[0]?.aborted).toBe(true);
      await advance(FIVE_MINUTES);
      expect(seen.count).toBe(1);
    });

    it('should cancel the scheduled retry', async () => {
      const seen = serve(failWith(429, { 'Retry-After': '30' }));
      const { result, unmount } = renderInviteUser();

      act(() => result.current.invite(EMAIL));
      await advance(0);
      unmount();
      await advance(FIVE_MINUTES);

      expect(seen.count).toBe(1);
    });
  });

  describe('given the browser is offline', () => {
    it('should send nothing and wait for the connection', async () => {
      const seen = serve(succeed);
      const { result } = renderInviteUser();

      act(() => onlineManager.setOnline(false));
      act(() => result.current.invite(EMAIL));
      await advance(FIVE_MINUTES);

      expect(seen.count).toBe(0);
      expect(result.current.status).toBe('waiting');
      expect(result.current.wait).toBe('offline');
    });

    it('should send exactly one request when the connection returns', async () => {
      const seen = serve(succeed);
      const { result } = renderInviteUser();

      act(() => onlineManager.setOnline(false));
      act(() => result.current.invite(EMAIL));
      await advance(1_000);
      act(() => result.current.invite(EMAIL));
      act(() => onlineManager.setOnline(true));
      await advance(1_000);

      expect(seen.count).toBe(1);
      expect(result.current.status).toBe('success');
    });

    it('should send nothing when it was unmounted before the connection returned', async () => {
      const seen = serve(succeed);
      const { result, unmount } = renderInviteUser();

      act(() => onlineManager.setOnline(false));
      act(() => result.current.invite(EMAIL));
      await advance(1_000);
      unmount();
      act(() => onlineManager.setOnline(true));
      await advance(FIVE_MINUTES);

      expect(seen.count).toBe(0);
    });

    it('should send nothing when it was unmounted before the connection returned, with a host QueryClient', async () => {
      const seen = serve(succeed);
      const queryClient = new QueryClient();
      const { result, unmount } = renderInviteUser({}, ({ children }) => (
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      ));

      act(() => onlineManager.setOnline(false));
      act(() => result.current.invite(EMAIL));
      await advance(1_000);
      unmount();
      act(() => onlineManager.setOnline(true));
      await advance(FIVE_MINUTES);

      expect(seen.count).toBe(0);
    });
  });

  describe('given a host QueryClientProvider', () => {
    it("should run the invitation through the host's mutation cache", async () => {
      serve(succeed);
      const queryClient = new QueryClient();
      const { result } = renderInviteUser({}, ({ children }) => (
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      ));
      expect(queryClient.getMutationCache().getAll()).toHaveLength(0);

      act(() => result.current.invite(EMAIL));
      await advance(0);

      expect(queryClient.getMutationCache().getAll()).toHaveLength(1);
      expect(result.current.status).toBe('success');
    });
  });

  describe('given no QueryClientProvider', () => {
    it('should invite with a QueryClient of its own', async () => {
      const seen = serve(succeed);
      const { result } = renderInviteUser();

      act(() => result.current.invite({ userId: 153 }));
      await advance(0);

      expect(seen.count).toBe(1);
      expect(result.current.status).toBe('success');
      expect(result.current.data).toEqual({ groupId: '1234', invitee: { userId: 153 }, message: 'Invitation sent' });
    });
  });

  describe('given a second hook sharing the client during a 429 wait', () => {
    it('should send nothing and show a wait of its own', async () => {
      const seen = serve(failWith(429, { 'Retry-After': '30' }), succeed);
      const client = makeClient();
      const queryClient = new QueryClient();
      const wrapper = ({ children }: { children: ReactNode }) => (
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      );
      const first = renderInviteUser({ client }, wrapper);
      const second = renderInviteUser({ client }, wrapper);

      act(() => first.result.current.invite(EMAIL));
      await advance(10_000);
      act(() => second.result.current.invite({ email: 'other@example.org' }));
      await advance(0);

      expect(seen.count).toBe(1);
      expect(second.result.current.status).toBe('waiting');
      expect(second.result.current.error?.type).toBe('rate_limit_exceeded');
      expect(second.result.current.remainingMs).toBe(20_000);

      await advance(19_999);
      expect(seen.count).toBe(1);
    });
  });

  describe('given a success', () => {
    it('should not send the same invitation again on retry()', async () => {
      const seen = serve(succeed);
      const { result } = renderInviteUser();

      act(() => result.current.invite(EMAIL));
      await advance(0);
      expect(result.current.canRetry).toBe(false);
      act(() => result.current.retry());
      await advance(0);

      expect(seen.count).toBe(1);
      expect(result.current.status).toBe('success');
    });
  });

  describe('given callbacks', () => {
    it('should call onInvited once with the result', async () => {
      serve(succeed);
      const onInvited = vi.fn();
      const { result } = renderInviteUser({ onInvited });

      act(() => result.current.invite(EMAIL));
      await advance(FIVE_MINUTES);

      expect(onInvited).toHaveBeenCalledTimes(1);
      expect(onInvited).toHaveBeenCalledWith({ groupId: '1234', invitee: EMAIL, message: 'Invitation sent' });
    });

    it('should call onError with the InviteError', async () => {
      serve(failWith(403));
      const onError = vi.fn();
      const { result } = renderInviteUser({ onError });

      act(() => result.current.invite(EMAIL));
      await advance(0);

      expect(onError).toHaveBeenCalledTimes(1);
      const error: unknown = onError.mock.calls[0]?.[0];
      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'forbidden', status: 403, serverMessage: 'failed with 403' });
    });
  });
});
