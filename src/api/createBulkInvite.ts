import type { InviteClient, InviteResult, Invitee, InviteUserRequest } from './createInviteClient.js';
import { decideRetry, resolveRetryPolicy, type RetryPolicy } from './decideRetry.js';
import { checkGroupId } from './checkGroupId.js';
import { InviteError } from './InviteError.js';
import { inviteeBody } from './inviteeBody.js';
import { inviteeKey } from './inviteeKey.js';
import { monotonicNow } from './monotonicNow.js';
import { setLongTimeout } from './setLongTimeout.js';

/** Where a batch stands. `waiting`: paused by the server's wait or by being offline. */
export type BulkStatus = 'idle' | 'running' | 'waiting' | 'done' | 'blocked' | 'cancelled';

/** Where one invitee of a batch stands. `waiting`: attempted, and to be retried by itself. */
export type BulkRowStatus = 'pending' | 'sending' | 'waiting' | 'invited' | 'failed' | 'cancelled';

export interface BulkRow {
  invitee: Invitee;
  status: BulkRowStatus;
  /** The last failure of this invitee, or `null`. */
  error: InviteError | null;
  /** Requests that went out for it (a request the shared wait held back is none). */
  attempts: number;
}

export interface BulkSnapshot {
  status: BulkStatus;
  rows: readonly BulkRow[];
  /** `pending` counts every row neither invited nor failed. */
  counts: { invited: number; failed: number; pending: number };
  /** While the server's wait pauses the batch: when it ends (epoch ms). */
  retryAt: number | null;
  /** The 401 or 403 that stopped the batch, or `null`. */
  blockedBy: InviteError | null;
}

/** An online/offline source, shaped like TanStack Query's `onlineManager`. */
export interface NetworkStatus {
  isOnline(): boolean;
  subscribe(listener: (online: boolean) => void): () => void;
}

export interface CreateBulkInviteOptions {
  client: InviteClient;
  groupId: string;
  /** Each once, as `parseInviteeList` gives them: one that is no invitee, or a repeat, is a `TypeError`. */
  invitees: readonly Invitee[];
  /** Per-invitee retries, as for one invitation (§4). @default DEFAULT_RETRY_POLICY */
  retryPolicy?: RetryPolicy | undefined;
  /**
   * Requests in flight at once: a whole number from 1 (anything else is a `TypeError`).
   * @default 1
   */
  concurrency?: number | undefined;
  /** Pauses the batch while offline. @default always online */
  network?: NetworkStatus | undefined;
  /** How each request goes out (the hook runs it as a TanStack Query mutation). @default client.inviteUser */
  send?: ((request: InviteUserRequest) => Promise<InviteResult>) | undefined;
  /** Called once per invitee invited. */
  onInvited?: ((result: InviteResult) => void) | undefined;
}

export interface BulkInvite {
  subscribe(listener: () => void): () => void;
  getSnapshot(): BulkSnapshot;
  /** Starts sending; ignored unless idle. */
  start(): void;
  /** Aborts what is in flight; nothing more is sent. */
  cancel(): void;
  /** Queues the failed and still-pending rows again and sends them. */
  retryFailed(): void;
}

/** 429s one invitee may meet in a row before it counts as failed: pacing should make it one. */
const MAX_RATE_LIMITED = 3;

interface Row extends BulkRow {
  /** Automatic retries of this round, as TanStack's `failureCount`. */
  retries: number;
  /** When its latest request left (monotonic). */
  sentAt: number;
}

/**
 * Invites many people, one request each, as fast as the server allows and no
 * faster. A React-free store (`subscribe` + `getSnapshot`), scheduling by the
 * contract's rules:
 *
 * - at most `concurrency` requests in flight;
 * - the client's shared wait (a `Retry-After`) pauses the whole batch, and
 *   single dialogs on the same client, until it ends; the row goes back to the
 *   front, and a request the wait held back is no attempt;
 * - a quota the responses announce (`RateLimit`, `X-RateLimit-*`) is never
 *   exceeded; without one, the quota is learned from the first 429 (what got
 *   through before it, over the window it implies) and kept to from then on;
 * - 5xx, timeouts and network errors retry per the §4 policy, within a budget
 *   of automatic retries for the whole batch (refilled by successes, as the
 *   AWS SDK's retry quota is), so an outage costs about one request per row;
 * - a 401 or 403 blocks the batch (the rest stays pending); a 400, 404 or
 *   422 fails only its row; offline pauses.
 */
export function createBulkInvite(options: CreateBulkInviteOptions): BulkInvite {
  const { client, groupId, concurrency = 1, network, onInvited } = options;
  checkOptions(options, concurrency);
  const send = options.send ?? ((request: InviteUserRequest) => client.inviteUser(request));
  const policy = resolveRetryPolicy(options.retryPolicy);
  const rows: Row[] = options.invitees.map((invitee) => ({ invitee, status: 'pending', error: null, attempts: 0, retries: 0, sentAt: 0 }));
  const budgetSize = Math.max(3, Math.ceil(rows.length / 10));

  let status: BulkStatus = 'idle';
  let retryAt: number | null = null;
  let blockedBy: InviteError | null = null;
  let queue: Row[] = [];
  let budget = budgetSize;
  const inFlight = new Map<Row, AbortController>();
  const stops = new Set<() => void>();
  // Pacing: when each request of this batch left (monotonic), what the last
  // response announced of the quota, and a quota learned from a 429.
  const sentAt: number[] = [];
  let announced: { remaining: number; resetAt: number; sentBefore: number } | null = null;
  let learned: { limit: number; windowMs: number } | null = null;
  /** When the requests that got through left (monotonic). */
  const invitedSentAt: number[] = [];
  /** Where the current run of sends began: the start, or the end of a pause. */
  let runStart = 0;
  let pacingTimer = false;
  let paused = false;

  const listeners = new Set<() => void>();
  let snapshot = build();
  function build(): BulkSnapshot {
    let invited = 0;
    let failed = 0;
    for (const row of rows) {
      if (row.status === 'invited') invited++;
      else if (row.status === 'failed') failed++;
    }
    return {
      status,
      rows: rows.map(({ invitee, status: rowStatus, error, attempts }) => ({ invitee, status: rowStatus, error, attempts })),
      counts: { invited, failed, pending: rows.length - invited - failed },
      retryAt,
      blockedBy,
    };
  }
  function emit() {
    snapshot = build();
    for (const listener of [...listeners]) listener();
  }

  /** Schedules `fn` once; cancel() stops every one of them. */
  function later(fn: () => void, ms: number) {
    const stop = setLongTimeout(() => {
      stops.delete(stop);
      fn();
    }, ms);
    stops.add(stop);
  }
  /** How long before the next request may leave without exceeding the quota (0: now). */
  function pacingDelay(now: number): number {
    if (announced && announced.resetAt > now) {
      const left = announced.remaining - (sentAt.length - announced.sentBefore);
      if (left <= 0) return announced.resetAt - now;
    }
    if (learned) {
      const recent = sentAt.filter((at) => at > now - learned!.windowMs);
      if (recent.length >= learned.limit) return recent[recent.length - learned.limit]! + learned.windowMs - now;
    }
    return 0;
  }

  function pump() {
    if (status !== 'running' && status !== 'waiting') return;
    const wait = client.wait.remainingMs();
    const offline = network ? !network.isOnline() : false;
    if (wait > 0 || offline) {
      if (status !== 'waiting' || (wait > 0 && retryAt === null)) {
        status = 'waiting';
        retryAt = wait > 0 ? Date.now() + wait : null;
        emit();
      }
      // Resumes when the wait ends or the connection returns (one listener at a time).
      if (!paused) {
        paused = true;
        const resume = () => {
          paused = false;
          stopPause();
          pump();
        };
        const stopPause = () => {
          stopWait();
          stopNetwork?.();
        };
        const stopWait = client.wait.subscribe(() => client.wait.remainingMs() === 0 && resume());
        const stopNetwork = network?.subscribe((online) => online && resume());
        stops.add(stopPause);
      }
      return;
    }
    if (status === 'waiting') {
      status = 'running';
      retryAt = null;
      runStart = monotonicNow();
      emit();
    }
    while (inFlight.size < concurrency && queue.length) {
      const delay = pacingDelay(monotonicNow());
      if (delay > 0) {
        if (!pacingTimer) {
          pacingTimer = true;
          later(() => {
            pacingTimer = false;
            pump();
          }, delay);
        }
        return;
      }
      dispatch(queue.shift()!);
    }
    if (!queue.length && !inFlight.size && !rows.some((row) => row.status === 'waiting')) {
      status = 'done';
      emit();
    }
  }

  function dispatch(row: Row) {
    const controller = new AbortController();
    inFlight.set(row, controller);
    row.status = 'sending';
    row.attempts++;
    row.sentAt = monotonicNow();
    sentAt.push(row.sentAt);
    emit();
    send({ groupId, invitee: row.invitee, signal: controller.signal }).then(
      (result) => settle(row, controller, () => {
        row.status = 'invited';
        row.error = null;
        invitedSentAt.push(row.sentAt);
        budget = Math.min(budgetSize, budget + 1);
        onInvited?.(result);
      }),
      (cause: unknown) => settle(row, controller, () => fail(row, cause)),
    );
  }

  function settle(row: Row, controller: AbortController, apply: () => void) {
    inFlight.delete(row);
    if (controller.signal.aborted) return;
    noteQuota();
    apply();
    emit();
    pump();
  }

  /** What the client's latest response announced of the quota, counted against this batch's sends. */
  function noteQuota() {
    const quota = client.quota.getSnapshot();
    announced =
      quota && quota.resetAt !== null && quota.resetAt > monotonicNow()
        ? { remaining: quota.remaining, resetAt: quota.resetAt, sentBefore: sentAt.length - inFlight.size }
        : null;
  }

  function fail(row: Row, cause: unknown) {
    const error = cause instanceof InviteError ? cause : new InviteError({ type: 'unknown_error', status: null, cause });
    row.error = error;
    if (error.refused) {
      // Held back by the shared wait before it left: no attempt, first in line again.
      row.attempts--;
      row.status = row.attempts ? 'waiting' : 'pending';
      queue.unshift(row);
      return;
    }
    if (error.type === 'unauthorized' || error.type === 'forbidden') {
      row.status = 'failed';
      blockedBy = error;
      status = 'blocked';
      queue = [];
      return;
    }
    if (error.type === 'rate_limit_exceeded') {
      const decision = decideRetry(error, 0, Date.now(), policy);
      // A 429 is the batch going too fast, not this invitee failing: it goes
      // back to the front and the batch waits (the client holds the wait),
      // unless the wait is too long, or the same invitee keeps meeting 429s.
      if (decision.type === 'auto' && row.attempts - row.retries <= MAX_RATE_LIMITED) {
        learnQuota(decision.delayMs, monotonicNow() - row.sentAt);
        row.status = 'waiting';
        retryLater(row, error.retryAfterMs ? 0 : decision.delayMs);
        return;
      }
      row.status = 'failed';
      return;
    }
    const decision = decideRetry(error, row.retries, Date.now(), policy);
    if (decision.type === 'auto' && budget > 0) {
      budget--;
      row.retries++;
      row.status = 'waiting';
      retryLater(row, decision.delayMs);
      return;
    }
    row.status = 'failed';
  }

  /** Puts a row back at the front once its own retry delay has passed. */
  function retryLater(row: Row, ms: number) {
    later(() => {
      if (row.status !== 'waiting') return;
      queue.unshift(row);
      pump();
    }, ms);
  }

  /**
   * No quota announced, and a 429 asking to wait `waitMs`: what got through
   * since this run began is the quota, over the time from the first of those
   * requests to the end of the wait (plus the 429's own round trip: the
   * server counted arrivals, we counted departures). A later 429 means the
   * window is longer than that, never that the quota is smaller.
   */
  function learnQuota(waitMs: number, roundTripMs: number) {
    const now = monotonicNow();
    if (announced && announced.resetAt > now) return;
    const since = learned ? now - learned.windowMs : runStart;
    const through = invitedSentAt.filter((at) => at >= since);
    // Nothing got through before it (another sender used the window up): nothing to learn yet.
    if (!through.length) return;
    const windowMs = Math.max(1, now + waitMs + roundTripMs - (through[0] ?? now));
    learned = learned
      ? { limit: learned.limit, windowMs: Math.max(learned.windowMs, windowMs) }
      : { limit: through.length, windowMs };
  }

  function stopAll() {
    for (const stop of [...stops]) stop();
    stops.clear();
    pacingTimer = false;
    paused = false;
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => snapshot,
    start() {
      if (status !== 'idle') return;
      status = 'running';
      queue = [...rows];
      runStart = monotonicNow();
      emit();
      pump();
    },
    cancel() {
      if (status === 'done' || status === 'cancelled' || status === 'idle') return;
      stopAll();
      for (const controller of inFlight.values()) controller.abort();
      inFlight.clear();
      queue = [];
      for (const row of rows) if (row.status !== 'invited' && row.status !== 'failed') row.status = 'cancelled';
      status = 'cancelled';
      retryAt = null;
      emit();
    },
    retryFailed() {
      if (status === 'idle' || status === 'running' || status === 'waiting') return;
      stopAll();
      queue = rows.filter((row) => row.status !== 'invited');
      for (const row of queue) {
        row.status = 'pending';
        row.error = null;
        row.retries = 0;
      }
      blockedBy = null;
      budget = budgetSize;
      status = queue.length ? 'running' : 'done';
      runStart = monotonicNow();
      emit();
      pump();
    },
  };
}

/**
 * A host's mistakes, named at once rather than found row by row: a batch that
 * could never send (`concurrency` 0 or `NaN`), a group that is none, an
 * invitee that is none or is there twice. (Invitees that are no array, or no
 * client, fail as loudly by themselves: a TypeError here or from start().)
 */
function checkOptions({ groupId, invitees }: CreateBulkInviteOptions, concurrency: number) {
  const where = 'createBulkInvite: ';
  checkGroupId(groupId, 'createBulkInvite');
  if (!Number.isSafeInteger(concurrency) || concurrency < 1) {
    throw new TypeError(`${where}\`concurrency\` must be a whole number from 1 (got ${concurrency}).`);
  }
  const seen = new Map<string, number>();
  invitees.forEach((invitee, index) => {
    const name = `${where}\`invitees[${index}]\``;
    inviteeBody(invitee, name);
    const first = seen.get(inviteeKey(invitee));
    if (first !== undefined) throw new TypeError(`${name} repeats \`invitees[${first}]\`.`);
    seen.set(inviteeKey(invitee), index);
  });
}
