'use client';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useContext, useEffect, useReducer, useRef } from 'react';
import type { InviteClient, InviteResult, Invitee } from '../api/createInviteClient.js';
import { decideRetry, DEFAULT_RETRY_POLICY, type RetryPolicy } from '../api/decideRetry.js';
import { InviteError } from '../api/InviteError.js';
import { InviteKitContext } from '../components/InviteKitContext.js';
import { useInviteClient } from './useInviteClient.js';
import { useInviteQueryClient } from './useInviteQueryClient.js';
import { useNow } from './useNow.js';

export interface UseInviteUserOptions {
  groupId: string;
  /** Falls back to the client of `<InviteKitProvider>`. */
  client?: InviteClient;
  /** Merged, key by key, over the provider's policy, then the defaults of `DEFAULT_RETRY_POLICY`. */
  retryPolicy?: RetryPolicy;
  /** Called once per successful invitation. */
  onInvited?: (result: InviteResult) => void;
  /** Called for every failed attempt, automatic retries included. */
  onError?: (error: InviteError) => void;
}

/** Where an invitation stands. `waiting` covers countdowns and being offline. */
export type InviteStatus = 'idle' | 'submitting' | 'waiting' | 'success' | 'error';

/** What a `waiting` invitation waits for. */
export type InviteWait = 'auto' | 'manual' | 'offline';

export interface UseInviteUserResult {
  status: InviteStatus;
  /** The last failure of the current submission (kept while waiting to retry). */
  error: InviteError | null;
  data: InviteResult | null;
  /** `auto`: a retry will go out by itself; `manual`: the user may retry at `retryAt`; `offline`: sent when back online. */
  wait: InviteWait | null;
  /** When the current wait ends (epoch ms), or `null`. */
  retryAt: number | null;
  /** Milliseconds left until `retryAt`, updated every second while waiting; `0` otherwise. */
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
  | { status: 'success'; data: InviteResult }
  | { status: 'error'; error: InviteError; wait: 'auto' | 'manual' | null; retryAt: number | null };

interface Submission {
  invitee: Invitee;
  controller: AbortController;
  /** Automatic retries made so far: TanStack's `failureCount`. */
  retries: number;
  inFlight: boolean;
  /** No request for this submission before this time (epoch ms). */
  notBefore: number;
  /** Whether the policy left this failure to the user, i.e. `retry()` may send it again. */
  retryable: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

interface Variables {
  invitee: Invitee;
  signal: AbortSignal;
}

const IDLE: State = { status: 'idle' };

/**
 * The invitation machinery without any UI: a TanStack Query mutation driven by
 * the contract's retry policy, sharing the client's server-requested waits.
 *
 * The waiting is done here rather than by the mutation's `retry`/`retryDelay`
 * because a mutation's pending retry cannot be cancelled from outside, and
 * closing the dialog must stop everything at once.
 */
export function useInviteUser(options: UseInviteUserOptions): UseInviteUserResult {
  const config = useContext(InviteKitContext);
  const client = useInviteClient(options.client);
  // Key by key: a prop's `random` must not drop the provider's cap.
  const retryPolicy = { ...DEFAULT_RETRY_POLICY, ...config?.retryPolicy, ...options.retryPolicy };
  // Read by callbacks that run after commit (requests, timers), never during render.
  const latest = useRef<UseInviteUserOptions & { client: InviteClient; retryPolicy: RetryPolicy }>(null!);
  useEffect(() => {
    latest.current = { ...options, client, retryPolicy };
  });

  const mutation = useMutation(
    {
      mutationKey: ['invite-kit', 'inviteUser', options.groupId],
      mutationFn: ({ invitee, signal }: Variables) => {
        // A mutation paused while offline resumes on reconnect even after the
        // dialog closed; its aborted signal keeps it from sending.
        signal.throwIfAborted();
        return latest.current.client.inviteUser({ groupId: latest.current.groupId, invitee, signal });
      },
      retry: false,
      networkMode: 'online',
    },
    useInviteQueryClient(),
  );
  const { mutateAsync, reset: resetMutation } = mutation;

  const [state, dispatch] = useReducer((_: State, next: State) => next, IDLE);
  const current = useRef<Submission | null>(null);

  const send = useCallback(
    (submission: Submission) => {
      submission.inFlight = true;
      submission.retryable = false;
      dispatch({ status: 'submitting' });
      mutateAsync({ invitee: submission.invitee, signal: submission.controller.signal }).then(
        (data) => {
          if (current.current !== submission) return;
          submission.inFlight = false;
          dispatch({ status: 'success', data });
          latest.current.onInvited?.(data);
        },
        (cause: unknown) => {
          if (current.current !== submission || submission.controller.signal.aborted) return;
          submission.inFlight = false;
          const error = cause instanceof InviteError ? cause : new InviteError({ type: 'unknown_error', status: null, cause });
          const now = Date.now();
          const decision = decideRetry(error, submission.retries, now, latest.current.retryPolicy);
          switch (decision.type) {
            case 'auto':
              submission.notBefore = now + decision.delayMs;
              submission.timer = setTimeout(() => {
                submission.retries++;
                send(submission);
              }, decision.delayMs);
              dispatch({ status: 'error', error, wait: 'auto', retryAt: submission.notBefore });
              break;
            case 'manual':
              submission.notBefore = decision.notBefore;
              submission.retryable = true;
              dispatch({ status: 'error', error, wait: 'manual', retryAt: decision.notBefore });
              break;
            case 'resubmit':
              dispatch({ status: 'error', error, wait: null, retryAt: null });
              break;
            default:
              decision satisfies never;
          }
          latest.current.onError?.(error);
        },
      );
    },
    [mutateAsync],
  );

  const stop = useCallback(() => {
    const submission = current.current;
    current.current = null;
    if (submission) {
      clearTimeout(submission.timer);
      submission.controller.abort();
    }
  }, []);

  const start = useCallback(
    (invitee: Invitee) => {
      stop();
      const submission: Submission = {
        invitee,
        controller: new AbortController(),
        retries: 0,
        inFlight: false,
        notBefore: 0,
        retryable: false,
      };
      current.current = submission;
      send(submission);
    },
    [send, stop],
  );

  // Refuses synchronously, so two clicks in one tick or a held Enter send once,
  // and nothing is sent while the server's wait runs.
  const isBlocked = () => {
    const submission = current.current;
    return !!submission && (submission.inFlight || Date.now() < submission.notBefore);
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
    resetMutation();
    dispatch(IDLE);
  }, [stop, resetMutation]);

  // Unmounting (closing the dialog) aborts the request and every scheduled retry.
  useEffect(() => stop, [stop]);

  const retryAt = state.status === 'error' ? state.retryAt : null;
  const now = useNow(retryAt);
  const remainingMs = retryAt === null ? 0 : Math.max(0, retryAt - now);

  let status: InviteStatus = state.status;
  let wait: InviteWait | null = null;
  if (state.status === 'submitting' && mutation.isPaused) {
    status = 'waiting';
    wait = 'offline';
  } else if (state.status === 'error' && (state.wait === 'auto' || (state.wait === 'manual' && remainingMs > 0))) {
    status = 'waiting';
    wait = state.wait;
  }

  return {
    status,
    error: state.status === 'error' ? state.error : null,
    data: state.status === 'success' ? state.data : null,
    wait,
    retryAt: wait === 'offline' ? null : retryAt,
    remainingMs,
    longWait: wait === 'manual' && remainingMs > retryPolicy.maxRetryAfterMs,
    canRetry: state.status === 'error' && state.wait === 'manual' && remainingMs === 0,
    invite,
    retry,
    cancel,
  };
}
