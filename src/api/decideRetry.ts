import type { InviteError } from './InviteError.js';
import { reportMistake } from './reportMistake.js';

/** The numbers behind the retry policy; every one can be overridden. */
export interface RetryPolicy {
  /**
   * Automatic retries per submission; a failed automatic retry is not retried again.
   * @default 1
   */
  maxAutoRetries?: number | undefined;
  /**
   * The longest server-requested wait that is still waited out automatically;
   * longer waits become "try again at …".
   * @default 60000
   */
  maxRetryAfterMs?: number | undefined;
  /**
   * Bounds of the random wait used when the server gives no usable Retry-After.
   * @default 1000
   */
  jitterMinMs?: number | undefined;
  /** @default 2000 */
  jitterMaxMs?: number | undefined;
  /**
   * A number in [0, 1); injectable so tests are deterministic.
   * @default Math.random
   */
  random?: (() => number) | undefined;
}

/** What to do after a failure. */
export type RetryDecision =
  /** Send the same submission again by itself after `delayMs`. */
  | { type: 'auto'; delayMs: number }
  /** Let the user try again, not before `notBefore` (epoch ms). */
  | { type: 'manual'; notBefore: number }
  /** Nothing to retry: the user has to change something (or simply submit again). */
  | { type: 'resubmit' };

export const DEFAULT_RETRY_POLICY: Required<RetryPolicy> = {
  maxAutoRetries: 1,
  maxRetryAfterMs: 60_000,
  jitterMinMs: 1_000,
  jitterMaxMs: 2_000,
  random: Math.random,
};

/**
 * The defaults with each policy laid over them key by key, later ones
 * winning; a key set to `undefined` keeps what was there, and so does a value
 * that is none (named in the console in development).
 */
export function resolveRetryPolicy(...policies: Array<RetryPolicy | null | undefined>): Required<RetryPolicy> {
  const resolved: Record<string, unknown> = { ...DEFAULT_RETRY_POLICY };
  for (const policy of policies) {
    for (const [key, value] of Object.entries(policy ?? {})) {
      if (value === undefined) continue;
      // A value that is none (NaN, -1, 1.5 retries, "5000") is the host's
      // mistake: named for the developer, and the default kept, so no wait
      // turns into NaN and no retry runs forever.
      const valid =
        typeof value === typeof resolved[key] &&
        (key === 'random' || (value >= 0 && (key === 'maxAutoRetries' ? Number.isInteger(value) : key === 'maxRetryAfterMs' || value < Infinity)));
      if (valid) resolved[key] = value;
      else reportMistake(new TypeError(`retryPolicy.${key} cannot be ${String(value)} (default kept).`));
    }
  }
  return resolved as Required<RetryPolicy>;
}

/**
 * The retry policy of the contract as one pure function.
 *
 * `retriesSoFar` counts the automatic retries this submission has already
 * made, which is exactly TanStack Query's `failureCount`, so
 * `retry: (n, e) => decideRetry(e, n, Date.now()).type === 'auto'` drives a
 * query or mutation by it.
 */
export function decideRetry(
  error: InviteError,
  retriesSoFar: number,
  now: number,
  policy: RetryPolicy = {},
): RetryDecision {
  const p = resolveRetryPolicy(policy);
  const wait = error.retryAfterMs;
  const canAuto = retriesSoFar < p.maxAutoRetries;
  const jitter = () => {
    // Clamped, and a broken random source (NaN) reads as 0: never a NaN delay.
    const r = Math.min(Math.max(p.random(), 0), 1) || 0;
    const low = Math.min(p.jitterMinMs, p.jitterMaxMs);
    const high = Math.max(p.jitterMinMs, p.jitterMaxMs);
    return Math.round(low + r * (high - low));
  };

  switch (error.type) {
    case 'invalid_request':
    case 'unauthorized':
    case 'forbidden':
    case 'not_found':
    case 'unprocessable_entity':
      return { type: 'resubmit' };
    case 'rate_limit_exceeded':
    case 'service_unavailable':
    case 'bad_gateway':
    case 'gateway_timeout':
    case 'timeout':
    case 'network_error':
      if (wait !== null && wait > p.maxRetryAfterMs) return { type: 'manual', notBefore: now + wait };
      if (canAuto) return { type: 'auto', delayMs: wait ?? jitter() };
      return { type: 'manual', notBefore: now + (wait ?? 0) };
    // The server may already have applied a 500, so it is never repeated
    // behind the user's back; an unknown failure gets the same caution.
    case 'internal_server_error':
    case 'unknown_error':
      return { type: 'manual', notBefore: now + (wait ?? 0) };
    default:
      return error.type satisfies never;
  }
}
