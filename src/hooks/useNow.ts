'use client';
import { useEffect, useReducer } from 'react';

/**
 * The current time, re-rendering on each whole second left until `until`, so
 * a countdown changes exactly when its displayed number would. Idle otherwise.
 */
export function useNow(until: number | null): number {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (until === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const left = until - Date.now();
      if (left <= 0) return;
      // Wake at the next whole-second boundary of the time left.
      timer = setTimeout(() => {
        rerender();
        tick();
      }, left % 1000 || 1000);
    };
    tick();
    return () => clearTimeout(timer);
  }, [until]);
  // Read at render time: renders are scheduled at the boundaries above, and a
  // stored timestamp would be stale on the render that starts a wait.
  return Date.now();
}
