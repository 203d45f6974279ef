/**
 * Milliseconds on a clock that only moves forward, whatever the system clock
 * does: waits are measured on it, so setting the clock back an hour does not
 * turn a 5-second wait into an hour, nor a due retry into a refused one.
 * (Fake timers in tests fake it along with `setTimeout`.)
 */
export function monotonicNow(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}
