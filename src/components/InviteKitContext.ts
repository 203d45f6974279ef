'use client';
import { createContext } from 'react';
import type { InviteClient } from '../api/createInviteClient.js';
import type { RetryPolicy } from '../api/decideRetry.js';
import type { Messages } from '../messages/LocaleCatalog.js';

export interface InviteKitConfig {
  client?: InviteClient | undefined;
  locale?: string | undefined;
  messages?: Messages | undefined;
  retryPolicy?: RetryPolicy | undefined;
}

/** App-wide defaults from `<InviteKitProvider>`; `null` outside one. */
export const InviteKitContext = createContext<InviteKitConfig | null>(null);
