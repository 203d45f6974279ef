import { MutationCache, onlineManager, QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type InviteClient } from '../../src/api/createInviteClient.js';
import { useInviteUser, type UseInviteUserOptions } from '../../src/hooks/useInviteUser.js';
import { ENDPOINT, makeClient, useMockApi } from '../support/mockApi.js';

const ANN = { email: 'ann@example.org' };
const BO = { email: 'bo@example.org' };
const NO_JITTER = { random: () => 0 };

const server = useMockApi();
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  onlineManager.setOnline(true);
  vi.useRealTimers();
});

type Reply = () => Response | Promise<Response>;

/** Answers each invitee's n-th request with its n-th reply (the last repeats); records every request. */
function serveBy(replies: Record<string, Reply[]>) {
  const seen: Array<{ groupId: string; who: string; signal: AbortSignal }> = [];
  server.use(
    http.put(ENDPOINT, async ({ request, params }) => {
      const body = (await request.json()) as { email?: string; userId?: number };
      const who = body.email ?? String(body.userId);
      const mine = seen.filter((entry) => entry.who === who).length;
      seen.push({ groupId: String(params.groupId), who, signal: request.signal });
      const list = replies[who] ?? replies['*']!;
      return list[Math.min(mine, list.length - 1)]!();
    }),
  );
  return seen;
}

const fail = (status: number, headers: Record<string, string> = {}) => () =>
  HttpResponse.json({ success: false, message: `failed with ${status}` }, { status, headers });
const succeed = () => HttpResponse.json({ success: true, data: {} });
const networkFailure = () => HttpResponse.error();
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function renderInviteUser(initial: Partial<UseInviteUserOptions> & { client: InviteClient }, wrapper?: (props: { children: ReactNode }) => ReactNode) {
  return renderHook((props: Partial<UseInviteUserOptions>) => useInviteUser({ groupId: 'A', ...initial, ...props }), {
    wrapper,
    initialProps: {},
  });
}

describe('given the group or the client changes under a submission', () => {
  it.each([
    ['groupId', () => ({ groupId: 'B' })],
    ['client', () => ({ client: makeClient() })],
  ])('should cancel a waiting retry when %s changes, and never send it into another group', async (_what, change) => {
    const seen = serveBy({ '*': [fail(429, { 'Retry-After': '30' }), succeed] });
    const { result, rerender } = renderInviteUser({ client: makeClient() });

    act(() => result.current.invite(ANN));
    await advance(0);
    expect(result.current.wait).toBe('auto');

    rerender(change());
    expect(result.current.status).toBe('idle');
    await advance(120_000);

    expect(seen.map((entry) => entry.groupId)).toEqual(['A']);
  });

  it('should abort the request in flight when groupId changes', async () => {
    const seen = serveBy({ '*': [() => new Promise<Response>(() => {})] });
    const { result, rerender } = renderInviteUser({ client: makeClient() });

    act(() => result.current.invite(ANN));
    await advance(0);
    expect(seen).toHaveLength(1);
    rerender({ groupId: 'B' });
    await advance(0);

    expect(seen[0]!.signal.aborted).toBe(true);
    expect(result.current.status).toBe('idle');
  });

  it('should cancel an automatic retry after a network error when groupId changes', async () => {
    const seen = serveBy({ '*': [networkFailure, succeed] });
    const { result, rerender } = renderInviteUser({ client: makeClient(), retryPolicy: NO_JITTER });

    act(() => result.current.invite(ANN));
    await advance(0);
    rerender({ groupId: 'B' });
    await advance(10_000);

    expect(seen.map((entry) => entry.groupId)).toEqual(['A']);
  });

  it('should send nothing when the connection returns after groupId changed while offline', async () => {
    const seen = serveBy({ '*': [succeed] });
    const { result, rerender } = renderInviteUser({ client: makeClient() });
    onlineManager.setOnline(false);

    act(() => result.current.invite(ANN));
    await advance(0);
    expect(result.current.wait).toBe('offline');
    rerender({ groupId: 'B' });
    onlineManager.setOnline(true);
    await advance(1_000);

    expect(seen).toHaveLength(0);
    expect(result.current.status).toBe('idle');
  });
});

describe('given a host QueryClient with unusual defaults', () => {
  function hostClient() {
    return new QueryClient({
      defaultOptions: {
        mutations: { throwOnError: true, retry: 3, retryDelay: 1, networkMode: 'offlineFirst', gcTime: 0, scope: { id: 'everything' } },
      },
      mutationCache: new MutationCache({
        onMutate: () => {
          throw new Error('the host’s onMutate threw');
        },
        onSuccess: () => {
          throw new Error('the host’s onSuccess threw');
        },
        // (A throwing onError or onSettled would be reported by TanStack as
        // an unhandled rejection of the host's own: not ours to hide.)
      }),
    });
  }
  const wrapperFor = (queryClient: QueryClient) =>
    function Wrapper({ children }: { children: ReactNode }) {
      return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
    };

  it('should show a 400 as an error, never throw it into render, and send it once', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const seen = serveBy({ '*': [fail(400)] });
    const { result } = renderInviteUser({ client: makeClient() }, wrapperFor(hostClient()));

    act(() => result.current.invite(ANN));
    await advance(1_000);
    process.off('unhandledRejection', onUnhandled);

    expect(result.current.status).toBe('error');
    expect(result.current.error?.type).toBe('invalid_request');
    expect(seen).toHaveLength(1);
  });

  it('should still wait out a 429 once and retry it once', async () => {
    const seen = serveBy({ '*': [fail(429, { 'Retry-After': '5' }), succeed] });
    const { result } = renderInviteUser({ client: makeClient() }, wrapperFor(hostClient()));

    act(() => result.current.invite(ANN));
    await advance(0);
    expect(result.current.wait).toBe('auto');
    await advance(5_000);

    expect(seen).toHaveLength(2);
    expect(result.current.status).toBe('success');
  });

  it('should report a sent invitation as sent when the host’s onSuccess throws, calling onInvited once', async () => {
    serveBy({ '*': [succeed] });
    const onInvited = vi.fn();
    const { result } = renderInviteUser({ client: makeClient(), onInvited }, wrapperFor(hostClient()));

    act(() => result.current.invite(ANN));
    await advance(0);

    expect(result.current.status).toBe('success');
    expect(onInvited).toHaveBeenCalledTimes(1);
  });

  it('should not queue behind a host mutation of the same default scope', async () => {
    const queryClient = new QueryClient({ defaultOptions: { mutations: { scope: { id: 'everything' } } } });
    const seen = serveBy({ '*': [succeed] });
    const client = makeClient();
    const { result } = renderHook(
      () => ({
        host: useMutation({ mutationFn: () => new Promise(() => {}) }),
        invite: useInviteUser({ groupId: 'A', client }),
      }),
      { wrapper: wrapperFor(queryClient) },
    );

    act(() => result.current.host.mutate());
    act(() => result.current.invite.invite(ANN));
    await advance(0);

    expect(seen).toHaveLength(1);
    expect(result.current.invite.status).toBe('success');
  });

  it('should not be left waiting offline forever by queryClient.clear()', async () => {
    const queryClient = new QueryClient();
    const seen = serveBy({ '*': [succeed] });
    const { result } = renderInviteUser({ client: makeClient() }, wrapperFor(queryClient));
    onlineManager.setOnline(false);

    act(() => result.current.invite(ANN));
    await advance(0);
    expect(result.current.wait).toBe('offline');
    queryClient.clear();
    onlineManager.setOnline(true);
    await advance(0);

    expect(seen).toHaveLength(1);
    expect(result.current.status).toBe('success');

    act(() => result.current.cancel());
    act(() => result.current.invite(BO));
    await advance(0);
    expect(seen).toHaveLength(2);
  });

  it('should still go through the host’s mutation cache, where the host sees it', async () => {
    const queryClient = new QueryClient();
    serveBy({ '*': [succeed] });
    const { result } = renderInviteUser({ client: makeClient() }, wrapperFor(queryClient));

    act(() => result.current.invite(ANN));
    await advance(0);

    const [mutation] = queryClient.getMutationCache().getAll();
    expect(mutation?.options.mutationKey).toEqual(['invite-kit', 'inviteUser', 'A']);
    expect(mutation?.state.variables).toEqual({ groupId: 'A', invitee: ANN });
  });
});

describe('given a request the shared wait refuses', () => {
  it('should not be an attempt: no onError, no automatic retry used up, and it goes out when the wait ends', async () => {
    const client = makeClient();
    const seen = serveBy({
      [ANN.email]: [fail(429, { 'Retry-After': '30' }), succeed],
      [BO.email]: [fail(503), succeed],
    });
    const first = renderInviteUser({ client, retryPolicy: NO_JITTER });
    const onError = vi.fn();
    const second = renderInviteUser({ client, retryPolicy: NO_JITTER, onError });

    act(() => first.result.current.invite(ANN));
    await advance(0);
    act(() => second.result.current.invite(BO));
    await advance(0);

    expect(seen).toHaveLength(1);
    expect(second.result.current.status).toBe('waiting');
    expect(second.result.current.wait).toBe('auto');
    expect(second.result.current.error?.refused).toBe(true);
    expect(onError).not.toHaveBeenCalled();

    // At 30 s both go out; Bo's first real attempt meets a 503 and still has its automatic retry.
    await advance(30_000);
    expect(seen.filter((entry) => entry.who === BO.email)).toHaveLength(1);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(second.result.current.wait).toBe('auto');
    await advance(1_000);

    expect(seen.filter((entry) => entry.who === BO.email)).toHaveLength(2);
    expect(second.result.current.status).toBe('success');
    expect(first.result.current.status).toBe('success');
  });

  it('should leave a refused request to the user when the wait is longer than the cap', async () => {
    const client = makeClient();
    const seen = serveBy({ [ANN.email]: [fail(429, { 'Retry-After': '600' })], [BO.email]: [succeed] });
    const first = renderInviteUser({ client });
    const second = renderInviteUser({ client });

    act(() => first.result.current.invite(ANN));
    await advance(0);
    act(() => second.result.current.invite(BO));
    await advance(0);

    expect(second.result.current.wait).toBe('manual');
    expect(second.result.current.longWait).toBe(true);
    await advance(600_000);
    expect(seen).toHaveLength(1);
    expect(second.result.current.canRetry).toBe(true);
    act(() => second.result.current.retry());
    await advance(0);
    expect(second.result.current.status).toBe('success');
  });
});

describe('given the system clock changes', () => {
  it('should still retry automatically when the wall clock is a millisecond behind as the retry falls due', async () => {
    const seen = serveBy({ '*': [fail(429, { 'Retry-After': '2' }), succeed] });
    const { result } = renderInviteUser({ client: makeClient() });

    act(() => result.current.invite(ANN));
    await advance(1_999);
    vi.setSystemTime(Date.now() - 1);
    await advance(1);

    expect(seen).toHaveLength(2);
    expect(result.current.status).toBe('success');
  });

  it('should wait 5 seconds, not an hour, when the clock is set back an hour during a 5-second wait', async () => {
    const seen = serveBy({ '*': [fail(503, { 'Retry-After': '5' }), succeed] });
    const { result } = renderInviteUser({ client: makeClient() });

    act(() => result.current.invite(ANN));
    await advance(1_000);
    vi.setSystemTime(Date.now() - 3_600_000);
    await advance(1_000);
    expect(result.current.remainingMs).toBe(3_000);
    await advance(3_000);

    expect(seen).toHaveLength(2);
    expect(result.current.status).toBe('success');
  });

  it('should not fire a wait longer than a timer can hold at once, with a maxRetryAfterMs above 2^31−1 ms', async () => {
    // 2^31 ms and a minute: setTimeout alone would fire it at once. (The full
    // length is covered by setLongTimeout's own test: a countdown ticking each
    // second for 25 days is too many timers to step through here.)
    const seconds = Math.ceil(2 ** 31 / 1000) + 60;
    const seen = serveBy({ '*': [fail(429, { 'Retry-After': String(seconds) }), succeed] });
    const { result } = renderInviteUser({ client: makeClient(), retryPolicy: { maxRetryAfterMs: 2 ** 33 } });

    act(() => result.current.invite(ANN));
    await advance(0);
    await advance(60_000);

    expect(result.current.wait).toBe('auto');
    expect(result.current.remainingMs).toBe(seconds * 1000 - 60_000);
    expect(seen).toHaveLength(1);
  });
});

describe('given a programming mistake', () => {
  it.each([
    ['an empty groupId', { groupId: '' }],
    ['a number for groupId', { groupId: 42 as unknown as string }],
  ])('should report %s as a setup error, with nothing to retry, and say so on the console once', async (_name, props) => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen = serveBy({ '*': [succeed] });
    const { result } = renderInviteUser({ client: makeClient(), ...props });

    act(() => result.current.invite(ANN));
    await advance(0);
    act(() => result.current.invite(ANN));
    await advance(0);

    expect(seen).toHaveLength(0);
    expect(result.current.status).toBe('error');
    expect(result.current.setupError).toBeInstanceOf(TypeError);
    expect(result.current.error).toBeNull();
    expect(result.current.canRetry).toBe(false);
    expect(consoleError.mock.calls.filter(([message]) => String(message).includes('groupId'))).toHaveLength(1);
    consoleError.mockRestore();
  });
});
