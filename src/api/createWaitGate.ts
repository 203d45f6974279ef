import type { InviteError } from './InviteError.js';

/**
 * The server's latest "not before" time, shared by everything that uses one
 * client, so a second dialog cannot send while the first is told to wait.
 * Shaped for `useSyncExternalStore`: `subscribe` + `getSnapshot`.
 */
export interface WaitGate {
  /** Epoch ms before which no request may leave (`0`, or a past time, when none is pending). */
  getSnapshot(): number;
  /** The error that set the current wait, if the wait is still running. */
  getReason(now: number): InviteError | null;
  /** Records a wait asked for by the server; an earlier end never shortens a later one. */
  hold(until: number, reason: InviteError): void;
  subscribe(listener: () => void): () => void;
}

export function createWaitGate(): WaitGate {
  let until = 0;
  let reason: InviteError | null = null;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => until,
    getReason: (now) => (now < until ? reason : null),
    hold(next, error) {
      if (next <= until) return;
      until = next;
      reason = error;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
