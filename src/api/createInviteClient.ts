import { createWaitGate, type WaitGate } from './createWaitGate.js';
import { errorFromResponse } from './errorFromResponse.js';
import { InviteError } from './InviteError.js';
import { parseResponseBody } from './parseResponseBody.js';
import { readBody } from './readBody.js';

/** Who to invite: exactly one of an email address or a numeric user ID. */
export type Invitee = { email: string; userId?: never } | { userId: number; email?: never };

export interface InviteClientOptions {
  /** Where the API lives, absolute or a path on the page's origin (a proxy), with or without a trailing slash. */
  baseUrl: string;
  /** Sent as `x-client-id` (left out when empty, e.g. when a proxy adds it). */
  clientId: string;
  /** Returns the user's JWT, sent as `x-auth-token`. Called for every request, so it may refresh. */
  getAccessToken: () => string | Promise<string>;
  /** @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /**
   * Gives up on a request (as a `timeout` error) after this long, body included;
   * `Infinity` or `0` for no limit.
   * @default 30000
   */
  timeoutMs?: number;
}

export interface InviteUserRequest {
  groupId: string;
  invitee: Invitee;
  /** Aborting rejects with an `AbortError` (never an `InviteError`). */
  signal?: AbortSignal;
}

export interface InviteResult {
  groupId: string;
  invitee: Invitee;
  /** The server's confirmation text, if it sent one. */
  message: string | null;
}

export interface InviteClient {
  inviteUser(request: InviteUserRequest): Promise<InviteResult>;
  /**
   * The wait the server asked for, shared by every caller of this client.
   * While it runs, `inviteUser` rejects at once with the error that set it
   * (its `retryAfterMs` set to the time left) and sends nothing.
   */
  readonly wait: Pick<WaitGate, 'getSnapshot' | 'subscribe'>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_TIMER_MS = 2_147_483_647; // 2^31 - 1, setTimeout's largest delay

export function createInviteClient(options: InviteClientOptions): InviteClient {
  const { baseUrl, clientId, getAccessToken, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new TypeError('createInviteClient: `baseUrl` is required, e.g. "https://apis.quran.foundation/auth".');
  }
  if (typeof getAccessToken !== 'function') {
    throw new TypeError('createInviteClient: `getAccessToken` must be a function returning the user\'s access token.');
  }
  const root = baseUrl.trim().replace(/\/+$/, '');
  const gate = createWaitGate();

  async function inviteUser({ groupId, invitee, signal }: InviteUserRequest): Promise<InviteResult> {
    if (typeof groupId !== 'string' || groupId.trim() === '') {
      throw new TypeError('inviteUser: `groupId` must be a non-empty string.');
    }
    // encodeURIComponent leaves "." and ".." as they are, and URL parsing resolves
    // them as dot-segments, which would send the request to another path.
    if (groupId === '.' || groupId === '..') {
      throw new TypeError('inviteUser: `groupId` must not be "." or "..".');
    }
    const body = inviteeBody(invitee);
    if (signal?.aborted) throw abortError(signal.reason);

    const now = Date.now();
    const blocking = gate.getReason(now);
    if (blocking) {
      throw new InviteError({
        type: blocking.type,
        status: blocking.status,
        retryAfterMs: gate.getSnapshot() - now,
        serverMessage: blocking.serverMessage,
      });
    }

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

    try {
      const token = await untilAborted(getToken(getAccessToken), controller.signal);
      const url = `${root}/v1/groups/${encodeURIComponent(groupId)}/inviteUser`;
      const doFetch = options.fetch ?? globalThis.fetch;
      const response = await doFetch(url, {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'x-auth-token': token,
          // A proxy may add the client id itself; never send the text "undefined".
          ...(clientId ? { 'x-client-id': clientId } : {}),
        },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      const text = await untilAborted(readBody(response), controller.signal);
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
      const answeredAt = Date.now();
      const error = errorFromResponse(response, parsed, answeredAt);
      if (error.retryAfterMs !== null && error.retryAfterMs > 0) gate.hold(answeredAt + error.retryAfterMs, error);
      throw error;
    } catch (error) {
      if (error instanceof InviteError) throw error;
      if (signal?.aborted) throw abortError(signal.reason);
      if (timedOut) throw new InviteError({ type: 'timeout', status: null, cause: error });
      throw new InviteError({ type: 'network_error', status: null, cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return { inviteUser, wait: { getSnapshot: gate.getSnapshot, subscribe: gate.subscribe } };
}

function inviteeBody(invitee: Invitee): { email: string } | { userId: number } {
  const hasEmail = invitee != null && 'email' in invitee && invitee.email !== undefined;
  const hasUserId = invitee != null && 'userId' in invitee && invitee.userId !== undefined;
  if (hasEmail === hasUserId) {
    throw new TypeError('inviteUser: `invitee` must have exactly one of `email` or `userId`.');
  }
  if (hasEmail) {
    if (typeof invitee.email !== 'string' || invitee.email === '') {
      throw new TypeError('inviteUser: `invitee.email` must be a non-empty string.');
    }
    return { email: invitee.email };
  }
  if (!Number.isSafeInteger(invitee.userId) || (invitee.userId as number) <= 0) {
    throw new TypeError('inviteUser: `invitee.userId` must be a positive integer.');
  }
  return { userId: invitee.userId as number };
}

async function getToken(getAccessToken: InviteClientOptions['getAccessToken']): Promise<string> {
  let token: unknown;
  try {
    token = await getAccessToken();
  } catch (cause) {
    // No token means the user is not signed in (or the session could not be refreshed).
    throw new InviteError({ type: 'unauthorized', status: null, cause });
  }
  if (typeof token !== 'string' || token === '') throw new InviteError({ type: 'unauthorized', status: null });
  return token;
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
