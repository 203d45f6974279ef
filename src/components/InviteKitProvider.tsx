'use client';
import { useMemo, type ReactNode } from 'react';
import { InviteKitContext, type InviteKitConfig } from './InviteKitContext.js';

export interface InviteKitProviderProps extends InviteKitConfig {
  children?: ReactNode;
}

/**
 * App-wide defaults for every invite-kit component below it: the client, the
 * locale, message overrides and the retry policy. Props on a component win.
 */
export function InviteKitProvider({ client, locale, messages, retryPolicy, children }: InviteKitProviderProps) {
  const value = useMemo(() => ({ client, locale, messages, retryPolicy }), [client, locale, messages, retryPolicy]);
  return <InviteKitContext.Provider value={value}>{children}</InviteKitContext.Provider>;
}
