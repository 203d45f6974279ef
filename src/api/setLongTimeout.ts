/** setTimeout's largest delay, 2^31−1 ms (about 24.8 days); a longer one fires at once. */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * Calls `callback` after `ms`, however long: delays above 2^31−1 ms run in
 * steps instead of firing at once. The delay is counted by the timers
 * themselves, so it agrees with every other timer on the page (fake ones
 * included). `unref` lets a Node process exit while it runs: a wait nobody
 * waits for must not keep a script alive. Returns a function that cancels it.
 */
export function setLongTimeout(callback: () => void, ms: number, unref = false): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const arm = (left: number) => {
    timer = setTimeout(() => (left > MAX_TIMER_MS ? arm(left - MAX_TIMER_MS) : callback()), Math.min(left, MAX_TIMER_MS));
    // Node's timers are objects with unref(); browsers' are numbers.
    if (unref) (timer as { unref?: () => void }).unref?.();
  };
  arm(Math.max(0, ms));
  return () => clearTimeout(timer);
}
