'use client';
import { useMemo, type ReactNode } from 'react';
import type { CheckedMessages, Messages } from '../messages/LocaleCatalog.js';
import { InviteKitContext, type InviteKitConfig } from './InviteKitContext.js';

export interface InviteKitProviderProps<M extends Messages = Messages> extends Omit<InviteKitConfig, 'messages'> {
  /** Message overrides for every component below; a message may leave out its placeholders but not add any. */
  messages?: (M & CheckedMessages<M>) | undefined;
  children?: ReactNode;
}

/**
 * App-wide defaults for every invite-kit component below it: the client, the
 * locale, message overrides and the retry policy. Props on a component win.
 */
export function InviteKitProvider<const M extends Messages = Messages>({
  client,
  locale,
  messages,
  retryPolicy,
  children,
}: InviteKitProviderProps<M>) {
  const value = useMemo(() => ({ client, locale, messages, retryPolicy }), [client, locale, messages, retryPolicy]);
  return <InviteKitContext.Provider value={value}>{children}</InviteKitContext.Provider>;
}
