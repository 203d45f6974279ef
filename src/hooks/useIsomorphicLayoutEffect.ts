'use client';
import { useEffect, useLayoutEffect } from 'react';

/** `useLayoutEffect` in the browser; `useEffect` in a server render, where React 18 warns about the former. */
export const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
