import type { WaitGate } from './createWaitGate.js';
import { InviteError } from './InviteError.js';
import type { InviteErrorType } from './inviteErrorTypes.js';

/** What one tab tells the others of a wait: when it ends, and what set it. */
interface SharedWait {
  until: number;
  type: InviteErrorType;
  status: number | null;
  serverMessage: string | null;
}

/**
 * Whether sharing is on by default: only in a real browser. In Node a
 * `BroadcastChannel` reaches across test workers of one process and keeps
 * scripts alive; jsdom (its user agent says so) keeps `localStorage` between
 * tests. Hosts' tests stay isolated with a client per test.
 */
export function inRealBrowser(): boolean {
  return typeof window !== 'undefined' && typeof navigator !== 'undefined' && !/jsdom/i.test(navigator.userAgent);
}

/**
 * Shares a client's wait with every tab of the origin that uses the same
 * `baseUrl` and `clientId`: a `BroadcastChannel` message (or, where there is
 * none, the `storage` event) when a wait starts, and its end time in
 * `localStorage`, so a tab opened during the wait respects it too. It is an
 * advisory end time, not a lock: nothing to acquire, nothing to go stale
 * beyond its own end. Anything missing or throwing (no BroadcastChannel,
 * storage partitioned, full or refused) leaves that way out, silently: the
 * wait is then shared less widely, never an error. Returns `announce`, which
 * the client calls for a wait it was given.
 */
export function shareWaitAcrossTabs(gate: WaitGate, key: string): (ms: number, reason: InviteError) => void {
  const name = `invite-kit:wait:${key}`;
  const receive = (wait: unknown) => {
    if (!isSharedWait(wait)) return;
    const ms = wait.until - Date.now();
    if (ms > 0) gate.hold(ms, new InviteError({ type: wait.type, status: wait.status, retryAfterMs: ms, serverMessage: wait.serverMessage }));
  };
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch {
      return undefined;
    }
  };

  const channel = attempt(() => (typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined));
  if (channel) {
    channel.onmessage = (event) => receive(event.data);
    // Never what keeps a Node process alive, when forced on there.
    (channel as { unref?: () => void }).unref?.();
  }
  const storage = attempt(() => globalThis.localStorage);
  attempt(() =>
    globalThis.addEventListener?.('storage', (event: StorageEvent) => {
      if (event.key === name && event.newValue) receive(attempt(() => JSON.parse(event.newValue!)));
    }),
  );
  // A tab opened during another's wait.
  attempt(() => receive(JSON.parse(storage?.getItem(name) ?? 'null')));

  return (ms, reason) => {
    const wait: SharedWait = { until: Date.now() + ms, type: reason.type, status: reason.status, serverMessage: reason.serverMessage };
    attempt(() => channel?.postMessage(wait));
    attempt(() => storage?.setItem(name, JSON.stringify(wait)));
  };
}

function isSharedWait(value: unknown): value is SharedWait {
  if (typeof value !== 'object' || value === null) return false;
  const wait = value as Record<string, unknown>;
  return (
    Number.isFinite(wait.until) &&
    typeof wait.type === 'string' &&
    (wait.status === null || Number.isInteger(wait.status)) &&
    (wait.serverMessage === null || typeof wait.serverMessage === 'string')
  );
}
