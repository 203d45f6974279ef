'use client';
import { useState } from 'react';

/**
 * State a host may own (`value` + `onChange`) or leave to us (`defaultValue`),
 * as Radix does for `open`. The setter is for event handlers: it is not stable.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  const set = (next: T) => {
    if (next === current) return;
    if (!controlled) setOwn(next);
    onChange?.(next);
  };
  return [current, set];
}
