'use client';
import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { useContext, useEffect, useState } from 'react';

/**
 * The host's QueryClient when there is a `QueryClientProvider` above, so
 * invitations show up in its devtools and mutation cache; otherwise one of
 * our own, mounted so paused (offline) mutations resume when back online.
 */
export function useInviteQueryClient(): QueryClient {
  const host = useContext(QueryClientContext);
  const [own] = useState(() => (host ? null : new QueryClient()));
  useEffect(() => {
    if (!own) return;
    own.mount();
    return () => own.unmount();
  }, [own]);
  return host ?? own!;
}
