'use client';
import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { useContext } from 'react';

let fallback: QueryClient | undefined;

/**
 * The host's QueryClient when there is a `QueryClientProvider` above, so
 * invitations show up in its devtools and mutation cache; otherwise one shared
 * by every invite-kit component, made on first use and mounted once so paused
 * (offline) mutations resume when the connection returns.
 */
export function useInviteQueryClient(): QueryClient {
  const host = useContext(QueryClientContext);
  if (host) return host;
  if (!fallback) {
    fallback = new QueryClient();
    // mount() only subscribes to the online and focus managers, which need a window.
    if (typeof window !== 'undefined') fallback.mount();
  }
  return fallback;
}
