'use client';
import { onlineManager } from '@tanstack/react-query';
import { useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import {
  createBulkInvite,
  type BulkInvite,
  type BulkRow,
  type BulkSnapshot,
} from '../api/createBulkInvite.js';
import type { InviteClient, InviteResult, Invitee } from '../api/createInviteClient.js';
import { resolveRetryPolicy, type RetryPolicy } from '../api/decideRetry.js';
import { monotonicNow } from '../api/monotonicNow.js';
import { reportMistake } from '../api/reportMistake.js';
import { InviteKitContext } from '../components/InviteKitContext.js';
import { executeInviteMutation } from './executeInviteMutation.js';
import { useCountdown } from './useCountdown.js';
import { useInviteClient } from './useInviteClient.js';
import { useInviteQueryClient } from './useInviteQueryClient.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

export interface UseBulkInviteOptions {
  groupId: string;
  /** Falls back to the client of `<InviteKitProvider>`. */
  client?: InviteClient | undefined;
  /** Per-invitee retries, merged over the provider's policy. @default DEFAULT_RETRY_POLICY */
  retryPolicy?: RetryPolicy | undefined;
  /** Requests in flight at once. @default 1 */
  concurrency?: number | undefined;
  /** Called once per invitee invited. */
  onInvited?: ((result: InviteResult) => void) | undefined;
  /** Called once each time a batch finishes (every row invited or failed). */
  onComplete?: ((summary: BulkInviteSummary) => void) | undefined;
}

/** How a batch ended. */
export interface BulkInviteSummary {
  counts: BulkSnapshot['counts'];
  rows: readonly BulkRow[];
}

export interface UseBulkInviteResult extends BulkSnapshot {
  /** A mistake in how the host set this up (an empty `groupId`), named in the developer's console; nothing is sent. */
  setupError: TypeError | null;
  /** Milliseconds left of the server's wait while it pauses the batch, updated every second; `0` otherwise. */
  remainingMs: number;
  /** Starts a batch for these invitees (replacing a finished one); ignored while one is sending. */
  start: (invitees: readonly Invitee[]) => void;
  /** Aborts what is in flight; nothing more is sent. */
  cancel: () => void;
  /** Sends the failed and still-pending invitees again. */
  retryFailed: () => void;
  /** Forgets the batch (cancelling it if it runs) and goes back to `idle`. */
  reset: () => void;
}

const IDLE: BulkSnapshot = { status: 'idle', rows: [], counts: { invited: 0, failed: 0, pending: 0 }, retryAt: null, blockedBy: null };
const noBatch = () => () => {};
const idle = () => IDLE;

/**
 * The bulk machinery without any UI: a `createBulkInvite` store adapted with
 * `useSyncExternalStore`, each request a TanStack Query mutation in the
 * host's (or our) QueryClient, so the host's cache and devtools see them.
 * Unmounting, or a new `groupId` or client, cancels the batch.
 */
export function useBulkInvite(options: UseBulkInviteOptions): UseBulkInviteResult {
  const config = useContext(InviteKitContext);
  const client = useInviteClient(options.client);
  const queryClient = useInviteQueryClient();
  const [batch, setBatch] = useState<BulkInvite | null>(null);
  const latest = useRef(options);
  useIsomorphicLayoutEffect(() => {
    latest.current = options;
  });

  const snapshot = useSyncExternalStore(batch?.subscribe ?? noBatch, batch?.getSnapshot ?? idle, batch?.getSnapshot ?? idle);

  const [setupError, setSetupError] = useState<TypeError | null>(null);
  const start = (invitees: readonly Invitee[]) => {
    const { status } = batch?.getSnapshot() ?? IDLE;
    if (status === 'running' || status === 'waiting') return;
    const { groupId, retryPolicy, concurrency } = latest.current;
    let next: BulkInvite;
    try {
      next = createBulkInvite({
        client,
        groupId,
        invitees,
        retryPolicy: resolveRetryPolicy(config?.retryPolicy, retryPolicy),
        concurrency,
        network: onlineManager,
        send: (request) =>
          executeInviteMutation(queryClient, ['invite-kit', 'bulkInvite', groupId], { groupId, invitee: request.invitee }, () =>
            client.inviteUser(request),
          ),
        onInvited: (result) => latest.current.onInvited?.(result),
      });
    } catch (problem) {
      // A programming mistake (an empty groupId, a concurrency of 0, an
      // invitee that is none): nothing the person can retry, so nothing is sent.
      reportMistake(problem as TypeError);
      setSetupError(problem as TypeError);
      return;
    }
    setSetupError(null);
    setBatch(next);
    next.start();
  };

  // onComplete once each time the batch finishes.
  const finished = snapshot.status === 'done';
  useEffect(() => {
    if (finished) latest.current.onComplete?.({ counts: snapshot.counts, rows: snapshot.rows });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finished, batch]);

  // Cancelled on unmount, and when the group or the client changes; a setup
  // mistake is then no longer known to hold.
  useEffect(() => () => batch?.cancel(), [batch, options.groupId, client]);
  useEffect(() => () => setSetupError(null), [options.groupId, client]);

  const deadline = useMemo(
    () => (snapshot.retryAt === null ? null : monotonicNow() + client.wait.remainingMs()),
    [snapshot.retryAt, client],
  );
  const remainingMs = useCountdown(deadline);

  return {
    ...snapshot,
    setupError,
    remainingMs,
    start,
    cancel: () => batch?.cancel(),
    retryFailed: () => batch?.retryFailed(),
    reset: () => {
      batch?.cancel();
      setBatch(null);
    },
  };
}
