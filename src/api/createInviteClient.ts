import { checkGroupId } from './checkGroupId.js';
import { createWaitGate, type WaitGate } from './createWaitGate.js';
import { errorFromResponse } from './errorFromResponse.js';
import { InviteError } from './InviteError.js';
import { inviteeBody } from './inviteeBody.js';
import { isDevelopment } from './isDevelopment.js';
import { monotonicNow } from './monotonicNow.js';
import { parseRateLimit, type RateLimitInfo } from './parseRateLimit.js';
import { parseResponseBody } from './parseResponseBody.js';
import { readBody } from './readBody.js';
import { inRealBrowser, shareWaitAcrossTabs } from './shareWaitAcrossTabs.js';
import { MAX_TIMER_MS } from './setLongTimeout.js';

/** Who to invite: exactly one of an email address or a numeric user ID. */
export type Invitee = { email: string; userId?: never } | { userId: number; email?: never };

/** What `getAccessToken` is asked for. */
export interface AccessTokenRequest {
  /**
   * `true` when the last token was refused (a 401): return a fresh one, not a
   * cached one. The client asks once per 401, and only one refresh is in
   * flight per client, however many requests wait on it.
   */
  forceRefresh: boolean;
}

export interface InviteClientOptions {
  /**
   * Where the API lives: an absolute `http(s)` URL, or a path on the page's
   * own origin starting with `/` (a proxy), with or without a trailing slash.
   * Anything else (no scheme, a `?query`, a `#fragment`) is a `TypeError`.
   */
  baseUrl: string;
  /** Sent as `x-client-id` (left out when empty, e.g. when a proxy adds it). */
  clientId: string;
  /**
   * Returns the user's JWT, sent as `x-auth-token`. Called for every request,
   * so it may refresh; after a 401 it is called once with `forceRefresh: true`.
   */
  getAccessToken: (request: AccessTokenRequest) => string | Promise<string>;
  /** @default globalThis.fetch */
  fetch?: typeof globalThis.fetch | undefined;
  /**
   * Gives up on a request (as a `timeout` error) after this long, body included;
   * `Infinity` or `0` for no limit.
   * @default 30000
   */
  timeoutMs?: number | undefined;
  /**
   * On a 401, ask `getAccessToken({ forceRefresh: true })` for a new token and
   * repeat the request once with it.
   * @default true
   */
  refreshOnUnauthorized?: boolean | undefined;
  /**
   * Share the server's wait with every tab of this origin using the same
   * `baseUrl` and `clientId` (`BroadcastChannel`, and the end time in
   * `localStorage` for tabs opened later). Where unsupported it stays per tab.
   * @default true in a real browser; false in Node and under jsdom
   */
  shareWaitAcrossTabs?: boolean | undefined;
}

export interface InviteUserRequest {
  groupId: string;
  invitee: Invitee;
  /** Aborting rejects with an `AbortError` (never an `InviteError`). */
  signal?: AbortSignal | undefined;
}

export interface InviteResult {
  groupId: string;
  invitee: Invitee;
  /** The server's confirmation text, if it sent one. */
  message: string | null;
}

/** The quota the latest response announced, as `client.quota` holds it. */
export interface QuotaSnapshot extends RateLimitInfo {
  /** When the quota resets, on the monotonic clock (`performance.now()`), or `null`. */
  resetAt: number | null;
}

export interface InviteClient {
  inviteUser(request: InviteUserRequest): Promise<InviteResult>;
  /**
   * The wait the server asked for, shared by every caller of this client.
   * While it runs, `inviteUser` rejects at once with an error whose `refused`
   * is `true` (its `retryAfterMs` set to the time left) and sends nothing.
   */
  readonly wait: Pick<WaitGate, 'getSnapshot' | 'getReason' | 'remainingMs' | 'subscribe'>;
  /** The quota the latest response announced (`RateLimit`, `X-RateLimit-*`), for pacing a batch. */
  readonly quota: { getSnapshot(): QuotaSnapshot | null };
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export function createInviteClient(options: InviteClientOptions): InviteClient {
  const { clientId, getAccessToken, timeoutMs = DEFAULT_TIMEOUT_MS, refreshOnUnauthorized = true } = options;
  // NaN, -1 or "5000" would silently turn the timeout off.
  if (typeof timeoutMs !== 'number' || !(timeoutMs >= 0)) {
    throw new TypeError(`createInviteClient: \`timeoutMs\` must be a number of milliseconds, 0 or Infinity for none (got ${String(timeoutMs)}).`);
  }
  const root = normalizeBaseUrl(options.baseUrl);
  if (typeof getAccessToken !== 'function') {
    throw new TypeError('createInviteClient: `getAccessToken` must be a function returning the user\'s access token.');
  }
  const gate = createWaitGate();
  const tabs = (options.shareWaitAcrossTabs ?? inRealBrowser()) ? shareWaitAcrossTabs(gate, `${root} ${clientId}`) : undefined;
  let quota: QuotaSnapshot | null = null;

  // One refresh in flight per client: every request that got a 401 while it
  // runs waits on it (rotating refresh tokens break when refreshed twice).
  let refreshing: Promise<string> | null = null;
  let refreshed: string | null = null;
  const freshToken = (refused: string): Promise<string> => {
    if (refreshing) return refreshing;
    // Someone refreshed after this request left: its token is already the new one.
    if (refreshed !== null && refreshed !== refused) return Promise.resolve(refreshed);
    refreshing = getToken(getAccessToken, true).then(
      (token) => {
        refreshing = null;
        refreshed = token;
        return token;
      },
      (error: unknown) => {
        refreshing = null;
        throw error;
      },
    );
    return refreshing;
  };

  /** Refuses, sending nothing, while the shared wait runs. */
  const refuseDuringWait = () => {
    tabs?.check();
    const reason = gate.getReason();
    if (reason) {
      throw new InviteError({
        type: reason.type,
        status: reason.status,
        retryAfterMs: Math.ceil(gate.remainingMs()),
        serverMessage: reason.serverMessage,
        refused: true,
      });
    }
  };

  async function inviteUser({ groupId, invitee, signal }: InviteUserRequest): Promise<InviteResult> {
    checkGroupId(groupId, 'inviteUser');
    const body = JSON.stringify(inviteeBody(invitee, 'inviteUser: `invitee`'));
    if (signal?.aborted) throw abortError(signal.reason);
    refuseDuringWait();

    // One controller for the whole exchange (token, request, body) so the
    // timeout and the caller's abort both stop it, and we can tell them apart.
    const controller = new AbortController();
    let timedOut = false;
    // `Infinity` (or 0) turns the timeout off; setTimeout would fire at once past 2^31-1 ms.
    const timer =
      timeoutMs > 0 && timeoutMs < Infinity
        ? setTimeout(
            () => {
              timedOut = true;
              controller.abort();
            },
            Math.min(timeoutMs, MAX_TIMER_MS),
          )
        : undefined;
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });

    let token: string | null = null;
    const send = async (withToken: string) => {
      token = withToken;
      // Checked again just before the request leaves: another request may
      // have been told to wait while this one was waiting for its token.
      refuseDuringWait();
      const response = await (options.fetch ?? globalThis.fetch)(`${root}/v1/groups/${encodeURIComponent(groupId)}/inviteUser`, {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'x-auth-token': withToken,
          // A proxy may add the client id itself; never send the text "undefined".
          ...(clientId ? { 'x-client-id': clientId } : {}),
        },
        body,
        signal: controller.signal,
      });
      const text = await untilAborted(readBody(response), controller.signal);
      const answeredAt = Date.now();
      const announced = parseRateLimit(response.headers, answeredAt);
      if (announced) {
        quota = { ...announced, resetAt: announced.resetMs === null ? null : monotonicNow() + announced.resetMs };
      }
      return { response, text, answeredAt };
    };

    try {
      let exchange = await send(await untilAborted(getToken(getAccessToken, false), controller.signal));
      if (exchange.response.status === 401 && refreshOnUnauthorized) {
        // An expired token: one refresh, one repeat. A second 401 is the answer.
        exchange = await send(await untilAborted(freshToken(token!), controller.signal));
      }
      const { response, text, answeredAt } = exchange;
      const parsed = parseResponseBody(text);
      if (response.ok) {
        // A 2xx is a success when its JSON does not say otherwise, or when it
        // has no body at all; an HTML page (a login or captive portal in
        // between) proves nothing, so it is not taken for a success.
        if (parsed.json ? parsed.success !== false : text.trim() === '') {
          return { groupId, invitee, message: parsed.message };
        }
        if (!parsed.json) throw new InviteError({ type: 'unknown_error', status: response.status });
      }
      const error = errorFromResponse(response, parsed, answeredAt);
      if (error.retryAfterMs !== null && error.retryAfterMs > 0) {
        gate.hold(error.retryAfterMs, error);
        tabs?.announce(error.retryAfterMs, error);
      }
      throw error;
    } catch (error) {
      if (error instanceof InviteError) throw error;
      if (signal?.aborted) throw abortError(signal.reason);
      const cause = withoutSecret(error, token);
      if (timedOut) throw new InviteError({ type: 'timeout', status: null, cause });
      throw new InviteError({ type: 'network_error', status: null, cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    inviteUser,
    wait: { getSnapshot: gate.getSnapshot, getReason: gate.getReason, remainingMs: gate.remainingMs, subscribe: gate.subscribe },
    quota: { getSnapshot: () => quota },
  };
}

/**
 * The base URL without its trailing slashes. A base that would build wrong
 * URLs in silence (no scheme, a query or fragment that the path would be
 * appended to, credentials fetch refuses) fails here, when the host creates
 * the client, instead of on someone's first invitation.
 */
function normalizeBaseUrl(baseUrl: unknown): string {
  const hint = 'an absolute http(s) URL such as "https://apis.quran.foundation/auth", or a path on this origin such as "/api/quran"';
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new TypeError(`createInviteClient: \`baseUrl\` is required: ${hint}.`);
  }
  const value = baseUrl.trim();
  if (/[?#]/.test(value)) {
    throw new TypeError(`createInviteClient: \`baseUrl\` must not have a query or fragment (got "${value}"): ${hint}.`);
  }
  let root: string;
  if (value.startsWith('/') && !value.startsWith('//')) {
    root = value;
  } else {
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      // Reported below.
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !/^https?:\/\//i.test(value)) {
      throw new TypeError(`createInviteClient: \`baseUrl\` must be ${hint} (got "${value}").`);
    }
    if (url.username || url.password) {
      throw new TypeError('createInviteClient: `baseUrl` must not carry a user name or password.');
    }
    root = url.href;
  }
  root = root.replace(/\/+$/, '');
  if (/\/v1$/i.test(root) && isDevelopment()) {
    console.warn(
      `invite-kit: \`baseUrl\` "${root}" ends in /v1, and the client adds /v1/groups/… itself, so requests go to …/v1/v1/…. ` +
        'Leave /v1 out of baseUrl.',
    );
  }
  return root;
}

// A header value (Fetch): no NUL, CR or LF, and one byte per character.
// `Headers` would throw a TypeError quoting the value: the token must never get there.
const NOT_A_HEADER_VALUE = /[\0\r\n]|[^\0-\xff]/;

async function getToken(getAccessToken: InviteClientOptions['getAccessToken'], forceRefresh: boolean): Promise<string> {
  let token: unknown;
  try {
    token = await getAccessToken({ forceRefresh });
  } catch (cause) {
    // No token means the user is not signed in (or the session could not be refreshed).
    throw new InviteError({ type: 'unauthorized', status: null, cause });
  }
  // Leading and trailing white space is dropped by `Headers` anyway.
  const value = typeof token === 'string' ? token.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '') : '';
  if (value === '' || NOT_A_HEADER_VALUE.test(value)) throw new InviteError({ type: 'unauthorized', status: null });
  return value;
}

/**
 * A failure to keep as the `cause` of a network error, unless something in
 * it quotes the access token (an injected fetch or a proxy library may put
 * the request's headers in its message); then only its name survives.
 */
function withoutSecret(error: unknown, token: string | null): unknown {
  if (token === null || !mentions(error, token, 0)) return error;
  const safe = new Error('The request failed; its details mentioned the access token and were left out.');
  safe.name = error instanceof Error ? error.name : 'Error';
  return safe;
}

function mentions(value: unknown, secret: string, depth: number): boolean {
  if (depth > 4 || value == null) return false;
  if (typeof value === 'string') return value.includes(secret);
  if (typeof value !== 'object') return false;
  const error = value as { message?: unknown; stack?: unknown; cause?: unknown };
  try {
    return (
      mentions(error.message, secret, depth + 1) ||
      mentions(error.stack, secret, depth + 1) ||
      mentions(error.cause, secret, depth + 1) ||
      String(value).includes(secret)
    );
  } catch {
    return true;
  }
}

/**
 * Settles like `promise`, or rejects as soon as `signal` aborts. A token
 * provider, or the body of an injected fetch's response, may ignore the
 * signal; the timeout and the caller's abort must stop them all the same.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function abortError(reason: unknown): unknown {
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return new DOMException('The invitation was aborted.', 'AbortError');
}
