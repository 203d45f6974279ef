import type { InviteError } from './InviteError.js';
import { monotonicNow } from './monotonicNow.js';
import { setLongTimeout } from './setLongTimeout.js';

/**
 * The server's latest "not before", shared by everything that uses one
 * client, so a second dialog (or a batch) cannot send while the first is told
 * to wait. Shaped for `useSyncExternalStore`: `subscribe` + `getSnapshot`.
 *
 * The wait runs on elapsed time, not on the wall clock: it ends when its own
 * timer fires or when the monotonic clock says it is over, whichever comes
 * first, so a clock moved back or forth neither lengthens nor ends it.
 */
export interface WaitGate {
  /**
   * When the running wait ends, in epoch ms as it was when the wait began;
   * `0` when no wait runs. Changes only when a wait starts or ends.
   */
  getSnapshot(): number;
  /** The error that set the running wait, or `null` when none runs. */
  getReason(): InviteError | null;
  /** Milliseconds left of the running wait (`0` when none runs). */
  remainingMs(): number;
  /** Holds every request for `ms`; a shorter wait never cuts a longer one short. */
  hold(ms: number, reason: InviteError): void;
  /** Called when a wait starts and when it ends. */
  subscribe(listener: () => void): () => void;
}

export function createWaitGate(): WaitGate {
  let until = 0;
  let deadline = 0;
  let reason: InviteError | null = null;
  let cancelTimer: (() => void) | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const release = () => {
    cancelTimer?.();
    cancelTimer = undefined;
    until = 0;
    reason = null;
    notify();
  };
  // Reading never notifies (it may happen during a render); the timer does.
  const running = () => reason !== null && monotonicNow() < deadline;
  return {
    getSnapshot: () => until,
    getReason: () => (running() ? reason : null),
    remainingMs: () => (running() ? Math.max(0, deadline - monotonicNow()) : 0),
    hold(ms, error) {
      if (!(ms > 0)) return;
      const end = monotonicNow() + ms;
      if (reason !== null && end <= deadline) return;
      cancelTimer?.();
      deadline = end;
      until = Date.now() + ms;
      reason = error;
      // Nobody has to wait for this timer: it must not keep a Node script alive.
      cancelTimer = setLongTimeout(release, ms, true);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
