'use client';
import { useRef, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

/**
 * Keeps keyboard focus inside `ref` through every change of state: when a
 * render removes the focused element ("Try again" once pressed, a row's
 * button), focus would fall to `<body>`; after that render it moves to the
 * element `fallback` picks instead, before anything else can happen.
 */
export function useFocusKept(
  fallback: (root: HTMLElement) => HTMLElement | null | undefined,
): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  useIsomorphicLayoutEffect(() => {
    const root = ref.current;
    const active = document.activeElement;
    // Only once the dialog is open: on the first render it opens after this runs.
    if (root?.closest('dialog')?.open && (!active || active === document.body)) fallback(root)?.focus();
  });
  return ref;
}
