'use client';
import { onlineManager } from '@tanstack/react-query';
import { useCallback, useContext, useEffect, useReducer, useRef } from 'react';
import type { InviteClient, InviteResult, Invitee } from '../api/createInviteClient.js';
import { decideRetry, resolveRetryPolicy, type RetryPolicy } from '../api/decideRetry.js';
import type { InviteError } from '../api/InviteError.js';
import { monotonicNow } from '../api/monotonicNow.js';
import { reportMistake } from '../api/reportMistake.js';
import { setLongTimeout } from '../api/setLongTimeout.js';
import { InviteKitContext } from '../components/InviteKitContext.js';
import { executeInviteMutation } from './executeInviteMutation.js';
import { useCountdown } from './useCountdown.js';
import { useInviteClient } from './useInviteClient.js';
import { useInviteQueryClient } from './useInviteQueryClient.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

export interface UseInviteUserOptions {
  groupId: string;
  /** Falls back to the client of `<InviteKitProvider>`. */
  client?: InviteClient | undefined;
  /** Merged, key by key, over the provider's policy, then the defaults of `DEFAULT_RETRY_POLICY`. */
  retryPolicy?: RetryPolicy | undefined;
  /** Called once per successful invitation. */
  onInvited?: ((result: InviteResult) => void) | undefined;
  /**
   * Called for every failed attempt, automatic retries included; not for a
   * request the shared wait held back (nothing was sent).
   */
  onError?: ((error: InviteError) => void) | undefined;
}

/** Where an invitation stands. `waiting` covers countdowns and being offline. */
export type InviteStatus = 'idle' | 'submitting' | 'waiting' | 'success' | 'error';

/** What a `waiting` invitation waits for. */
export type InviteWait = 'auto' | 'manual' | 'offline';

export interface UseInviteUserResult {
  status: InviteStatus;
  /** The last failure of the current submission (kept while waiting to retry). */
  error: InviteError | null;
  /**
   * A mistake in how the host set this up (an empty or non-string `groupId`,
   * a malformed invitee, a custom client rejecting with something other than
   * an `InviteError`), named in the developer's console: nothing the person
   * can retry. `status` is `error` meanwhile.
   */
  setupError: Error | null;
  data: InviteResult | null;
  /** `auto`: a retry will go out by itself; `manual`: the user may retry at `retryAt`; `offline`: sent when back online. */
  wait: InviteWait | null;
  /** When the current wait ends (epoch ms, for showing the time), or `null`. */
  retryAt: number | null;
  /** Milliseconds left of the current wait, on elapsed time, updated every second; `0` otherwise. */
  remainingMs: number;
  /**
   * The manual wait is longer than the policy's `maxRetryAfterMs`: show the
   * time it ends rather than a countdown (until it comes within the cap).
   */
  longWait: boolean;
  /** Whether `retry()` would send now. */
  canRetry: boolean;
  /** Starts a new submission; ignored while one is in flight or told to wait. */
  invite: (invitee: Invitee) => void;
  /** Sends the failed submission again once its wait is over. */
  retry: () => void;
  /** Aborts the request in flight and every scheduled retry, and returns to `idle`. */
  cancel: () => void;
}

type State =
  | { status: 'idle' }
  | { status: 'submitting' }
  | { status: 'offline' }
  | { status: 'success'; data: InviteResult }
  | { status: 'setup'; problem: Error }
  | {
      status: 'error';
      error: InviteError;
      wait: 'auto' | 'manual' | null;
      /** Epoch ms, to show; `deadline` is the same moment on the monotonic clock. */
      retryAt: number | null;
      deadline: number | null;
    };

/** One submission: what was typed, for which group and client, and how far it got. */
interface Submission {
  invitee: Invitee;
  groupId: string;
  client: InviteClient;
  controller: AbortController;
  /** Automatic retries made so far: TanStack's `failureCount`. */
  retries: number;
  /** In flight, or waiting to go out by itself: new submissions are refused. */
  busy: boolean;
  /** No manual retry before this moment (monotonic clock). */
  notBefore: number;
  /** Whether the policy left this failure to the user, i.e. `retry()` may send it again. */
  retryable: boolean;
  /** Cancels whatever it waits on: a retry timer, the connection, the shared wait. */
  stopWaiting?: (() => void) | undefined;
}

const IDLE: State = { status: 'idle' };

/**
 * The invitation machinery without any UI: each request a TanStack Query
 * mutation in the host's (or our) QueryClient, driven by the contract's retry
 * policy and sharing the client's server-requested waits.
 *
 * The waiting — retries, the shared wait, the connection — is done here
 * rather than by the mutation's `retry`/`networkMode`, because a mutation's
 * pending retry cannot be cancelled from outside, a paused one is lost to
 * `queryClient.clear()`, and closing the dialog must stop everything at once.
 */
export function useInviteUser(options: UseInviteUserOptions): UseInviteUserResult {
  const config = useContext(InviteKitContext);
  const client = useInviteClient(options.client);
  const queryClient = useInviteQueryClient();
  // Key by key: a prop's `random` must not drop the provider's cap.
  const retryPolicy = resolveRetryPolicy(config?.retryPolicy, options.retryPolicy);
  // Read by callbacks that run after commit (responses, timers), never during render.
  const latest = useRef<UseInviteUserOptions & { retryPolicy: typeof retryPolicy; queryClient: typeof queryClient }>(null!);
  useIsomorphicLayoutEffect(() => {
    latest.current = { ...options, retryPolicy, queryClient };
  });

  const [state, dispatch] = useReducer((_: State, next: State) => next, IDLE);
  const current = useRef<Submission | null>(null);

  const stop = useCallback(() => {
    const submission = current.current;
    current.current = null;
    if (submission) {
      submission.stopWaiting?.();
      submission.controller.abort();
    }
  }, []);

  const send = useCallback((submission: Submission) => {
    if (current.current !== submission) return;
    submission.stopWaiting?.();
    submission.busy = true;
    submission.retryable = false;
    // Offline (TanStack's online manager): nothing leaves until the connection is back.
    if (!onlineManager.isOnline()) {
      dispatch({ status: 'offline' });
      submission.stopWaiting = onlineManager.subscribe((online) => {
        if (online) send(submission);
      });
      return;
    }
    dispatch({ status: 'submitting' });
    const { groupId, invitee, client: submittedTo, controller } = submission;
    executeInviteMutation(latest.current.queryClient, ['invite-kit', 'inviteUser', groupId], { groupId, invitee }, () =>
      submittedTo.inviteUser({ groupId, invitee, signal: controller.signal }),
    ).then(
      (data) => {
        if (current.current !== submission) return;
        submission.busy = false;
        dispatch({ status: 'success', data });
        latest.current.onInvited?.(data);
      },
      (cause: unknown) => {
        if (current.current !== submission || controller.signal.aborted) return;
        submission.busy = false;
        // A programming mistake (the client's TypeError), or a client that
        // breaks its contract (every failure an InviteError): no retry can help.
        if ((cause as Error | null)?.name !== 'InviteError') {
          const problem = cause instanceof Error ? cause : new TypeError(`the client rejected with ${String(cause)}`);
          reportMistake(problem);
          dispatch({ status: 'setup', problem });
          return;
        }
        const error = cause as InviteError;
        const now = Date.now();
        const wait = (ms: number, kind: 'auto' | 'manual' | null) =>
          dispatch({ status: 'error', error, wait: kind, retryAt: kind && now + ms, deadline: kind && monotonicNow() + ms });
        // A request the shared wait held back (a wait another request was
        // given) was never sent: it is decided like that request's failure
        // but is no attempt — no onError, no automatic retry used up.
        const decision = decideRetry(error, submission.retries, now, latest.current.retryPolicy);
        switch (decision.type) {
          case 'auto':
            submission.busy = true;
            submission.stopWaiting = setLongTimeout(() => {
              if (!error.refused) submission.retries++;
              send(submission);
            }, decision.delayMs);
            wait(decision.delayMs, 'auto');
            break;
          case 'manual': {
            const left = Math.max(0, decision.notBefore - now);
            submission.notBefore = monotonicNow() + left;
            submission.retryable = true;
            wait(left, 'manual');
            break;
          }
          case 'resubmit':
            wait(0, null);
            break;
          default:
            decision satisfies never;
        }
        if (!error.refused) latest.current.onError?.(error);
      },
    );
  }, []);

  const start = useCallback(
    (invitee: Invitee) => {
      stop();
      const submission: Submission = {
        invitee,
        groupId: latest.current.groupId,
        client,
        controller: new AbortController(),
        retries: 0,
        busy: false,
        notBefore: 0,
        retryable: false,
      };
      current.current = submission;
      send(submission);
    },
    [client, send, stop],
  );

  // Refuses synchronously, so two clicks in one tick or a held Enter send once,
  // and nothing is sent while the server's wait runs.
  const isBlocked = () => {
    const submission = current.current;
    return !!submission && (submission.busy || monotonicNow() < submission.notBefore);
  };

  const invite = useCallback(
    (invitee: Invitee) => {
      if (!isBlocked()) start(invitee);
    },
    [start],
  );

  // Only what the policy left to the user (`canRetry`): never a success again,
  // nor a request the server rejected for what was typed.
  const retry = useCallback(() => {
    const submission = current.current;
    if (submission?.retryable && !isBlocked()) start(submission.invitee);
  }, [start]);

  const cancel = useCallback(() => {
    stop();
    dispatch(IDLE);
  }, [stop]);

  // A submission belongs to the group and client it was made with: when
  // either changes, it is cancelled (in the commit, before any timer can fire).
  useIsomorphicLayoutEffect(() => {
    const submission = current.current;
    if (submission && (submission.groupId !== options.groupId || submission.client !== client)) cancel();
  }, [options.groupId, client, cancel]);

  // Unmounting (closing the dialog) aborts the request and every scheduled retry.
  useEffect(() => stop, [stop]);

  const errorState = state.status === 'error' ? state : null;
  const remainingMs = useCountdown(errorState?.deadline ?? null);

  let status: InviteStatus;
  let wait: InviteWait | null = null;
  switch (state.status) {
    case 'offline':
      status = 'waiting';
      wait = 'offline';
      break;
    case 'setup':
      status = 'error';
      break;
    case 'error':
      status = state.wait === 'auto' || (state.wait === 'manual' && remainingMs > 0) ? 'waiting' : 'error';
      if (status === 'waiting') wait = state.wait;
      break;
    default:
      status = state.status;
  }

  return {
    status,
    error: errorState?.error ?? null,
    setupError: state.status === 'setup' ? state.problem : null,
    data: state.status === 'success' ? state.data : null,
    wait,
    retryAt: errorState?.retryAt ?? null,
    remainingMs,
    longWait: wait === 'manual' && remainingMs > retryPolicy.maxRetryAfterMs,
    canRetry: errorState?.wait === 'manual' && remainingMs === 0,
    invite,
    retry,
    cancel,
  };
}
