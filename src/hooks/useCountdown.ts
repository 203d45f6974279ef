'use client';
import { useEffect, useReducer } from 'react';
import { monotonicNow } from '../api/monotonicNow.js';

/**
 * Milliseconds left until `deadline` (on the monotonic clock), re-rendering
 * at each whole second left, so a countdown changes exactly when its
 * displayed number would. `0` and idle when there is no deadline.
 */
export function useCountdown(deadline: number | null): number {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (deadline === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const left = deadline - monotonicNow();
      // Wake at the next whole-second boundary of the time left.
      if (left > 0) timer = setTimeout(() => (rerender(), tick()), left % 1000 || 1000);
    };
    tick();
    return () => clearTimeout(timer);
  }, [deadline]);
  // Read at render time: renders are scheduled at the boundaries above, and a
  // stored value would be stale on the render that starts a wait.
  return deadline === null ? 0 : Math.max(0, Math.ceil(deadline - monotonicNow()));
}
