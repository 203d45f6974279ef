import type { WaitGate } from './createWaitGate.js';
import { InviteError } from './InviteError.js';
import type { InviteErrorType } from './inviteErrorTypes.js';

/** What one tab tells the others of a wait: when it ends (epoch ms), and what set it. */
interface SharedWait {
  until: number;
  type: InviteErrorType;
  status: number | null;
  serverMessage: string | null;
}

/** The tab's side of sharing one key's wait. */
export interface TabShare {
  /** Tells the other tabs of a wait this tab was given. */
  announce(ms: number, reason: InviteError): void;
  /** Takes up a wait another tab stored since, before a request leaves (messages arrive a little later). */
  check(): void;
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

const attempt = <T>(fn: () => T): T | undefined => {
  try {
    return fn();
  } catch {
    return undefined;
  }
};

// One channel per key for the whole page, whatever the number of clients
// (one per render or per test must not pile channels up); each client's gate
// is held weakly, so a client dropped by its host is dropped here too.
const channels = new Map<string, { channel: BroadcastChannel | undefined; gates: Set<WeakRef<WaitGate>> }>();
let listening = false;

function deliver(name: string, wait: unknown) {
  const entry = channels.get(name);
  if (!entry || !isSharedWait(wait)) return;
  const ms = wait.until - Date.now();
  if (ms <= 0) return;
  for (const ref of entry.gates) {
    const gate = ref.deref();
    if (!gate) entry.gates.delete(ref);
    else gate.hold(ms, new InviteError({ type: wait.type, status: wait.status, retryAfterMs: ms, serverMessage: wait.serverMessage }));
  }
}

/**
 * Shares a client's wait with every tab of the origin that uses the same
 * `baseUrl` and `clientId`: a `BroadcastChannel` message (or, where there is
 * none, the `storage` event) when a wait starts, and its end time in
 * `localStorage`, read when a client is created and again before each
 * request leaves, so a tab opened during the wait respects it too. It is an
 * advisory end time, not a lock: nothing to acquire, nothing to go stale
 * beyond its own end. Across tabs the end time is on the wall clock, the
 * only clock tabs share. Anything missing or throwing (no BroadcastChannel,
 * storage partitioned, full or refused) leaves that way out, silently: the
 * wait is then shared less widely, never an error.
 */
export function shareWaitAcrossTabs(gate: WaitGate, key: string): TabShare {
  const name = `invite-kit:wait:${key}`;
  let entry = channels.get(name);
  if (!entry) {
    const channel = attempt(() => (typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined));
    if (channel) {
      channel.onmessage = (event) => deliver(name, event.data);
      // Never what keeps a Node process alive, when forced on there.
      (channel as { unref?: () => void }).unref?.();
    }
    channels.set(name, (entry = { channel, gates: new Set() }));
  }
  entry.gates.add(typeof WeakRef === 'function' ? new WeakRef(gate) : ({ deref: () => gate } as WeakRef<WaitGate>));
  if (!listening) {
    listening = true;
    attempt(() =>
      globalThis.addEventListener?.('storage', (event: StorageEvent) => {
        if (event.key && event.newValue && channels.has(event.key)) deliver(event.key, attempt(() => JSON.parse(event.newValue!)));
      }),
    );
  }

  const storage = attempt(() => globalThis.localStorage);
  const check = () =>
    attempt(() => {
      const stored = storage?.getItem(name);
      if (!stored) return;
      const wait: unknown = JSON.parse(stored);
      // An ended wait is cleared, so the key does not linger.
      if (isSharedWait(wait) && wait.until <= Date.now()) storage!.removeItem(name);
      else deliver(name, wait);
    });
  // A tab opened during another's wait.
  check();

  return {
    announce(ms, reason) {
      const wait: SharedWait = { until: Date.now() + ms, type: reason.type, status: reason.status, serverMessage: reason.serverMessage };
      attempt(() => entry.channel?.postMessage(wait));
      attempt(() => storage?.setItem(name, JSON.stringify(wait)));
    },
    check,
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
