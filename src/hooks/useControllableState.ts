'use client';
import { useCallback, useRef, useState } from 'react';

/** State a host may own (`value` + `onChange`) or leave to us (`defaultValue`), as Radix does for `open`. */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  const latest = useRef({ current, controlled, onChange });
  latest.current = { current, controlled, onChange };
  const set = useCallback((next: T) => {
    const { current: before, controlled: isControlled, onChange: notify } = latest.current;
    if (Object.is(next, before)) return;
    if (!isControlled) setOwn(next);
    notify?.(next);
  }, []);
  return [current, set];
}
