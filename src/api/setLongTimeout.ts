/** setTimeout's largest delay, 2^31−1 ms (about 24.8 days); a longer one fires at once. */
export const MAX_TIMER_MS = 2_147_483_647;

export interface LongTimeoutOptions {
  /**
   * Lets a Node process exit while the timer runs (a wait nobody is
   * waiting for must not keep a script alive).
   * @default false
   */
  unref?: boolean;
}

/**
 * Calls `callback` after `ms`, however long: delays above 2^31−1 ms run in
 * steps instead of firing at once. The delay is counted by the timers
 * themselves, so it agrees with every other timer on the page (fake ones
 * included). Returns a function that cancels it.
 */
export function setLongTimeout(callback: () => void, ms: number, { unref = false }: LongTimeoutOptions = {}): () => void {
  let left = Number.isFinite(ms) ? Math.max(0, ms) : MAX_TIMER_MS;
  const forever = ms === Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    const step = Math.min(left, MAX_TIMER_MS);
    timer = setTimeout(() => {
      left -= step;
      if (left > 0 || forever) {
        if (forever) left = MAX_TIMER_MS;
        arm();
      } else {
        callback();
      }
    }, step);
    // Node's timers are objects with unref(); browsers' are numbers.
    if (unref) (timer as { unref?: () => void }).unref?.();
  };
  arm();
  return () => clearTimeout(timer);
}
