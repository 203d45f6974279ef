import { HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRetryAfter } from '../../src/api/parseRetryAfter.js';
import { MAX_TIMER_MS, setLongTimeout } from '../../src/api/setLongTimeout.js';
import { failWith, inviteErrorOf, makeClient, serveInOrder, succeed, useMockApi } from '../support/mockApi.js';

const EMAIL = { email: 'someone@example.org' };
const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);
const AN_HOUR = 3_600_000;
/** What a gateway puts on every response: a quota window about an hour long. */
const GATEWAY_HEADERS = {
  'RateLimit-Reset': '3599',
  RateLimit: '"hourly";r=0;t=3599',
  'X-RateLimit-Reset': String(Math.floor(T0 / 1000) + 3599),
  'X-RateLimit-Remaining': '0',
};

const server = useMockApi();
afterEach(() => {
  vi.useRealTimers();
});

const serve = (...responses: Array<() => Response | Promise<Response>>) => serveInOrder(server, ...responses);

/** Fake clocks for everything the wait runs on; `Date` is moved on its own to play a clock change. */
const fakeClock = () => vi.useFakeTimers({ toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout'], now: T0 });

describe('given a response that is no reason to wait', () => {
  describe.each([400, 401, 403, 404, 422])('given a %i carrying a gateway’s rate-limit headers', (status) => {
    it('should set no retryAfterMs and hold no shared wait, so the corrected request is sent', async () => {
      fakeClock();
      const seen = serve(failWith(status, { ...GATEWAY_HEADERS, 'Retry-After': '3600' }), succeed);
      const client = makeClient({ refreshOnUnauthorized: false });

      const error = await inviteErrorOf(client.inviteUser({ groupId: '1', invitee: EMAIL }));
      expect(error.retryAfterMs).toBeNull();
      expect(client.wait.getSnapshot()).toBe(0);

      await expect(client.inviteUser({ groupId: '1', invitee: { email: 'fixed@example.org' } })).resolves.toMatchObject({
        groupId: '1',
      });
      expect(seen.count).toBe(2);
    });
  });

  it('should hold no wait for a 200 that says success:false without a waiting type', async () => {
    serve(() => HttpResponse.json({ success: false, type: 'not_found', message: 'no' }, { headers: GATEWAY_HEADERS }));
    const client = makeClient();

    const error = await inviteErrorOf(client.inviteUser({ groupId: '1', invitee: EMAIL }));

    expect(error).toMatchObject({ type: 'not_found', retryAfterMs: null });
    expect(client.wait.getSnapshot()).toBe(0);
  });

  it('should hold no wait for a 503 whose body names a type that does not wait', async () => {
    serve(() => HttpResponse.json({ success: false, type: 'forbidden' }, { status: 503, headers: { 'Retry-After': '30' } }));
    const client = makeClient();

    const error = await inviteErrorOf(client.inviteUser({ groupId: '1', invitee: EMAIL }));

    expect(error).toMatchObject({ type: 'forbidden', retryAfterMs: null });
    expect(client.wait.getSnapshot()).toBe(0);
  });
});

describe('given a response that is a reason to wait', () => {
  it.each([
    [429, { 'Retry-After': '30' }, 30_000],
    [429, { RateLimit: '"default";r=0;t=12' }, 12_000],
    [429, { 'RateLimit-Reset': '7' }, 7_000],
    [429, { 'X-RateLimit-Reset': String(Math.floor(T0 / 1000) + 9) }, 9_000],
    [500, { 'Retry-After': '10' }, 10_000],
    [502, { 'Retry-After': '5' }, 5_000],
    [503, { 'Retry-After': '30, 40' }, 40_000],
    [504, { 'Retry-After': 'Tue, 01 Dec 2026 12:00:20 GMT' }, 20_000],
  ])('should take the wait of a %i with %o from its headers (%i ms) and share it', async (status, headers, ms) => {
    fakeClock();
    serve(failWith(status, headers));
    const client = makeClient();

    const error = await inviteErrorOf(client.inviteUser({ groupId: '1', invitee: EMAIL }));

    expect(error.retryAfterMs).toBe(ms);
    expect(client.wait.getSnapshot()).toBe(T0 + ms);
    expect((await inviteErrorOf(client.inviteUser({ groupId: '2', invitee: EMAIL }))).refused).toBe(true);
  });
});

describe('given Retry-After lists (two headers merged by a proxy)', () => {
  it.each([
    ['30, 40', 40_000],
    ['40,30', 40_000],
    ['5, 5, 120', 120_000],
    ['Tue, 01 Dec 2026 12:00:20 GMT', 20_000],
    ['Tue, 01 Dec 2026 12:00:20 GMT, Tue, 01 Dec 2026 12:01:00 GMT', 60_000],
    ['10, Tue, 01 Dec 2026 12:00:20 GMT', 20_000],
  ])('should read %j as its longest wait, %i ms', (value, ms) => {
    expect(parseRetryAfter(new Headers({ 'Retry-After': value }), T0)).toBe(ms);
  });

  it.each(['30, soon', '30,', ', 30', '30, -5', '30, 1.5', 'October 21, 2026'])(
    'should read %j as garbage, not as part of it',
    (value) => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': value }), T0)).toBeNull();
    },
  );
});

describe('given a RateLimit header with several policies', () => {
  it('should wait for the longest reset among the policies used up', () => {
    expect(parseRetryAfter(new Headers({ RateLimit: '"burst";r=0;t=5, "daily";r=0;t=90' }), T0)).toBe(90_000);
    expect(parseRetryAfter(new Headers({ RateLimit: '"burst";r=0;t=5, "daily";r=100;t=86000' }), T0)).toBe(5_000);
  });

  it('should not wait for a policy that still has requests left', () => {
    expect(parseRetryAfter(new Headers({ RateLimit: '"daily";r=100;t=86000' }), T0)).toBeNull();
  });

  it('should read the older form limit=, remaining=, reset=', () => {
    expect(parseRetryAfter(new Headers({ RateLimit: 'limit=10, remaining=0, reset=8' }), T0)).toBe(8_000);
  });
});

describe('given the system clock changes during a wait', () => {
  it('should still end a 5-second wait after 5 seconds when the clock is set back an hour', async () => {
    fakeClock();
    const seen = serve(failWith(503, { 'Retry-After': '5' }), succeed);
    const client = makeClient();
    await inviteErrorOf(client.inviteUser({ groupId: '1', invitee: EMAIL }));

    vi.setSystemTime(Date.now() - AN_HOUR);
    vi.advanceTimersByTime(4_999);
    expect((await inviteErrorOf(client.inviteUser({ groupId: '1', invitee: EMAIL }))).retryAfterMs).toBe(1);
    vi.advanceTimersByTime(1);

    await expect(client.inviteUser({ groupId: '1', invitee: EMAIL })).resolves.toMatchObject({ groupId: '1' });
    expect(seen.count).toBe(2);
  });

  it('should not end a 30-second wait early when the clock is set forward an hour', async () => {
    fakeClock();
    const seen = serve(failWith(429, { 'Retry-After': '30' }), succeed);
    const client = makeClient();
    await inviteErrorOf(client.inviteUser({ groupId: '1', invitee: EMAIL }));

    vi.setSystemTime(Date.now() + AN_HOUR);
    const refusal = await inviteErrorOf(client.inviteUser({ groupId: '1', invitee: EMAIL }));

    expect(refusal).toMatchObject({ refused: true, retryAfterMs: 30_000 });
    expect(seen.count).toBe(1);
  });

  it('should send at the moment the wait ends even when the wall clock runs a millisecond behind', async () => {
    fakeClock();
    const seen = serve(failWith(429, { 'Retry-After': '2' }), succeed);
    const client = makeClient();
    await inviteErrorOf(client.inviteUser({ groupId: '1', invitee: EMAIL }));

    vi.advanceTimersByTime(2_000);
    vi.setSystemTime(Date.now() - 1);

    await expect(client.inviteUser({ groupId: '1', invitee: EMAIL })).resolves.toMatchObject({ groupId: '1' });
    expect(seen.count).toBe(2);
  });
});

describe('given a wait longer than a timer can hold', () => {
  it('should not fire at once, and fire when the whole wait has passed', () => {
    vi.useFakeTimers();
    const fired = vi.fn();
    setLongTimeout(fired, MAX_TIMER_MS * 2 + 5);

    vi.advanceTimersByTime(1);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MAX_TIMER_MS * 2 + 3);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('should hold a server wait of 30 days for all of it', async () => {
    fakeClock();
    const thirtyDays = 30 * 24 * AN_HOUR;
    serve(failWith(429, { 'Retry-After': String(thirtyDays / 1000) }), succeed);
    const client = makeClient();
    await inviteErrorOf(client.inviteUser({ groupId: '1', invitee: EMAIL }));

    vi.advanceTimersByTime(MAX_TIMER_MS + 1);
    expect(client.wait.getReason()).not.toBeNull();
    vi.advanceTimersByTime(thirtyDays - MAX_TIMER_MS - 1);
    expect(client.wait.getReason()).toBeNull();
    expect(client.wait.getSnapshot()).toBe(0);
  });
});
