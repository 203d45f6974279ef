'use client';
import { useContext } from 'react';
import type { InviteClient } from '../api/createInviteClient.js';
import { InviteKitContext } from '../components/InviteKitContext.js';

/** The client passed in, else the provider's; throws a message naming both ways to supply one. */
export function useInviteClient(client: InviteClient | undefined): InviteClient {
  const config = useContext(InviteKitContext);
  const resolved = client ?? config?.client;
  if (!resolved) {
    throw new Error('invite-kit: no client. Pass a `client` prop or render inside <InviteKitProvider client>.');
  }
  return resolved;
}
