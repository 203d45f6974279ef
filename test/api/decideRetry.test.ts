import { describe, expect, it, vi } from 'vitest';
import { decideRetry, DEFAULT_RETRY_POLICY, resolveRetryPolicy, type RetryPolicy } from '../../src/api/decideRetry.js';
import { InviteError } from '../../src/api/InviteError.js';

const NOW = Date.UTC(2026, 9, 21, 7, 0, 0);
const NEVER_RANDOM = () => {
  throw new Error('random() should not be called when the server gave a wait');
};

describe('decideRetry', () => {
  describe('given a 400, 401, 403, 404 or 422', () => {
    it('should ask for a resubmission after a 400', () => {
      const error = new InviteError({ type: 'invalid_request', status: 400 });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'resubmit' });
    });

    it('should ask for a resubmission after a 401', () => {
      const error = new InviteError({ type: 'unauthorized', status: 401 });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'resubmit' });
    });

    it('should ask for a resubmission after a 403', () => {
      const error = new InviteError({ type: 'forbidden', status: 403 });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'resubmit' });
    });

    it('should ask for a resubmission after a 404', () => {
      const error = new InviteError({ type: 'not_found', status: 404 });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'resubmit' });
    });

    it('should ask for a resubmission after a 422', () => {
      const error = new InviteError({ type: 'unprocessable_entity', status: 422 });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'resubmit' });
    });

    it('should ask for a resubmission when no token could be had (unauthorized without a status)', () => {
      const error = new InviteError({ type: 'unauthorized', status: null });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'resubmit' });
    });

    it('should never retry automatically, even with a short Retry-After', () => {
      const error = new InviteError({ type: 'invalid_request', status: 400, retryAfterMs: 1_000 });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'resubmit' });
    });
  });

  describe('given a 429 or 503 with a Retry-After of at most 60 s', () => {
    it('should retry a 429 automatically after exactly that wait', () => {
      const error = new InviteError({ type: 'rate_limit_exceeded', status: 429, retryAfterMs: 30_000 });

      expect(decideRetry(error, 0, NOW, { random: NEVER_RANDOM })).toEqual({ type: 'auto', delayMs: 30_000 });
    });

    it('should retry a 503 automatically after exactly that wait', () => {
      const error = new InviteError({ type: 'service_unavailable', status: 503, retryAfterMs: 5_000 });

      expect(decideRetry(error, 0, NOW, { random: NEVER_RANDOM })).toEqual({ type: 'auto', delayMs: 5_000 });
    });

    it('should retry automatically after a wait of exactly 60 s', () => {
      const error = new InviteError({ type: 'rate_limit_exceeded', status: 429, retryAfterMs: 60_000 });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'auto', delayMs: 60_000 });
    });

    it('should retry at once when the wait is already over', () => {
      const error = new InviteError({ type: 'service_unavailable', status: 503, retryAfterMs: 0 });

      expect(decideRetry(error, 0, NOW, { random: NEVER_RANDOM })).toEqual({ type: 'auto', delayMs: 0 });
    });

    it('should offer a manual retry when the wait has passed, once the automatic retry failed', () => {
      const error = new InviteError({ type: 'rate_limit_exceeded', status: 429, retryAfterMs: 30_000 });

      expect(decideRetry(error, 1, NOW)).toEqual({ type: 'manual', notBefore: NOW + 30_000 });
    });
  });

  describe('given a 429 or 503 with a Retry-After longer than 60 s', () => {
    it('should not retry a 429 automatically but offer a manual retry at the time given', () => {
      const error = new InviteError({ type: 'rate_limit_exceeded', status: 429, retryAfterMs: 60_001 });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'manual', notBefore: NOW + 60_001 });
    });

    it('should not retry a 503 automatically but offer a manual retry at the time given', () => {
      const error = new InviteError({ type: 'service_unavailable', status: 503, retryAfterMs: 3_600_000 });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'manual', notBefore: NOW + 3_600_000 });
    });
  });

  describe('given a 429 or 503 without a usable Retry-After', () => {
    it('should retry automatically after 1000 ms when random gives 0', () => {
      const error = new InviteError({ type: 'rate_limit_exceeded', status: 429 });

      expect(decideRetry(error, 0, NOW, { random: () => 0 })).toEqual({ type: 'auto', delayMs: 1_000 });
    });

    it('should retry automatically after about 2000 ms when random gives almost 1', () => {
      const error = new InviteError({ type: 'service_unavailable', status: 503 });

      const decision = decideRetry(error, 0, NOW, { random: () => 0.999_999 });

      expect(decision.type).toBe('auto');
      expect(decision.type === 'auto' && decision.delayMs).toBeGreaterThanOrEqual(1_999);
      expect(decision.type === 'auto' && decision.delayMs).toBeLessThanOrEqual(2_000);
    });

    it('should retry automatically after 1500 ms when random gives 0.5', () => {
      const error = new InviteError({ type: 'service_unavailable', status: 503 });

      expect(decideRetry(error, 0, NOW, { random: () => 0.5 })).toEqual({ type: 'auto', delayMs: 1_500 });
    });

    it('should keep the jittered wait within 1–2 s with the default random', () => {
      const error = new InviteError({ type: 'rate_limit_exceeded', status: 429 });

      for (let i = 0; i < 200; i += 1) {
        const decision = decideRetry(error, 0, NOW);
        expect(decision.type).toBe('auto');
        if (decision.type !== 'auto') return;
        expect(decision.delayMs).toBeGreaterThanOrEqual(1_000);
        expect(decision.delayMs).toBeLessThanOrEqual(2_000);
        expect(Number.isInteger(decision.delayMs)).toBe(true);
      }
    });

    it('should keep the jittered wait within bounds even when random misbehaves', () => {
      const error = new InviteError({ type: 'rate_limit_exceeded', status: 429 });

      expect(decideRetry(error, 0, NOW, { random: () => -3 })).toEqual({ type: 'auto', delayMs: 1_000 });
      expect(decideRetry(error, 0, NOW, { random: () => 7 })).toEqual({ type: 'auto', delayMs: 2_000 });
    });

    it('should offer a manual retry at once, once the automatic retry failed', () => {
      const error = new InviteError({ type: 'rate_limit_exceeded', status: 429 });

      expect(decideRetry(error, 1, NOW)).toEqual({ type: 'manual', notBefore: NOW });
    });
  });

  describe('given a 502, 504, timeout or network error', () => {
    it('should retry a 502 automatically after the Retry-After wait when given', () => {
      const error = new InviteError({ type: 'bad_gateway', status: 502, retryAfterMs: 4_000 });

      expect(decideRetry(error, 0, NOW, { random: NEVER_RANDOM })).toEqual({ type: 'auto', delayMs: 4_000 });
    });

    it('should retry a 504 automatically after the Retry-After wait when given', () => {
      const error = new InviteError({ type: 'gateway_timeout', status: 504, retryAfterMs: 10_000 });

      expect(decideRetry(error, 0, NOW, { random: NEVER_RANDOM })).toEqual({ type: 'auto', delayMs: 10_000 });
    });

    it('should retry a 502 automatically after a jittered wait without Retry-After', () => {
      const error = new InviteError({ type: 'bad_gateway', status: 502 });

      expect(decideRetry(error, 0, NOW, { random: () => 0 })).toEqual({ type: 'auto', delayMs: 1_000 });
    });

    it('should retry a 504 automatically after a jittered wait without Retry-After', () => {
      const error = new InviteError({ type: 'gateway_timeout', status: 504 });

      expect(decideRetry(error, 0, NOW, { random: () => 0.25 })).toEqual({ type: 'auto', delayMs: 1_250 });
    });

    it('should retry a timeout automatically after a jittered wait', () => {
      const error = new InviteError({ type: 'timeout', status: null });

      expect(decideRetry(error, 0, NOW, { random: () => 0 })).toEqual({ type: 'auto', delayMs: 1_000 });
    });

    it('should retry a network error automatically after a jittered wait', () => {
      const error = new InviteError({ type: 'network_error', status: null });

      expect(decideRetry(error, 0, NOW, { random: () => 0.999_999 })).toEqual({ type: 'auto', delayMs: 2_000 });
    });

    it('should offer a manual retry at once after a failed automatic retry of a 502', () => {
      const error = new InviteError({ type: 'bad_gateway', status: 502 });

      expect(decideRetry(error, 1, NOW)).toEqual({ type: 'manual', notBefore: NOW });
    });

    it('should offer a manual retry at once after a failed automatic retry of a 504', () => {
      const error = new InviteError({ type: 'gateway_timeout', status: 504 });

      expect(decideRetry(error, 1, NOW)).toEqual({ type: 'manual', notBefore: NOW });
    });

    it('should offer a manual retry at once after a failed automatic retry of a timeout', () => {
      const error = new InviteError({ type: 'timeout', status: null });

      expect(decideRetry(error, 1, NOW)).toEqual({ type: 'manual', notBefore: NOW });
    });

    it('should offer a manual retry at once after a failed automatic retry of a network error', () => {
      const error = new InviteError({ type: 'network_error', status: null });

      expect(decideRetry(error, 1, NOW)).toEqual({ type: 'manual', notBefore: NOW });
    });

    it('should not offer the manual retry before a wait the failed automatic retry was given', () => {
      // §4: no request is ever sent before a wait has passed.
      const error = new InviteError({ type: 'bad_gateway', status: 502, retryAfterMs: 5_000 });

      expect(decideRetry(error, 1, NOW)).toEqual({ type: 'manual', notBefore: NOW + 5_000 });
    });
  });

  describe('given a 500', () => {
    it('should never retry automatically and offer a manual retry at once without Retry-After', () => {
      const error = new InviteError({ type: 'internal_server_error', status: 500 });

      expect(decideRetry(error, 0, NOW, { random: NEVER_RANDOM })).toEqual({ type: 'manual', notBefore: NOW });
    });

    it('should never retry automatically and offer a manual retry once the Retry-After wait has passed', () => {
      const error = new InviteError({ type: 'internal_server_error', status: 500, retryAfterMs: 5_000 });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'manual', notBefore: NOW + 5_000 });
    });

    it('should not retry automatically even when more automatic retries are allowed', () => {
      const error = new InviteError({ type: 'internal_server_error', status: 500 });

      expect(decideRetry(error, 0, NOW, { maxAutoRetries: 5 })).toEqual({ type: 'manual', notBefore: NOW });
    });
  });

  describe('given an unknown error', () => {
    it('should never retry automatically', () => {
      const error = new InviteError({ type: 'unknown_error', status: 200 });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'manual', notBefore: NOW });
    });
  });

  describe('given a wait longer than maxRetryAfterMs', () => {
    it('should offer a manual retry at the time given after a 502', () => {
      const error = new InviteError({ type: 'bad_gateway', status: 502, retryAfterMs: 120_000 });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'manual', notBefore: NOW + 120_000 });
    });

    it('should offer a manual retry at the time given after a 504', () => {
      const error = new InviteError({ type: 'gateway_timeout', status: 504, retryAfterMs: 120_000 });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'manual', notBefore: NOW + 120_000 });
    });

    it('should offer a manual retry at the time given after a 500', () => {
      const error = new InviteError({ type: 'internal_server_error', status: 500, retryAfterMs: 120_000 });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'manual', notBefore: NOW + 120_000 });
    });

    it('should still offer it at the time given after a failed automatic retry', () => {
      const error = new InviteError({ type: 'rate_limit_exceeded', status: 429, retryAfterMs: 120_000 });

      expect(decideRetry(error, 1, NOW)).toEqual({ type: 'manual', notBefore: NOW + 120_000 });
    });
  });

  describe('given maxAutoRetries', () => {
    it('should retry automatically only once by default', () => {
      const error = new InviteError({ type: 'service_unavailable', status: 503, retryAfterMs: 2_000 });

      expect(decideRetry(error, 0, NOW)).toEqual({ type: 'auto', delayMs: 2_000 });
      expect(decideRetry(error, 1, NOW)).toEqual({ type: 'manual', notBefore: NOW + 2_000 });
      expect(decideRetry(error, 2, NOW)).toEqual({ type: 'manual', notBefore: NOW + 2_000 });
    });

    it('should never retry automatically with maxAutoRetries: 0', () => {
      const error = new InviteError({ type: 'rate_limit_exceeded', status: 429, retryAfterMs: 10_000 });

      expect(decideRetry(error, 0, NOW, { maxAutoRetries: 0 })).toEqual({ type: 'manual', notBefore: NOW + 10_000 });
    });

    it('should offer a manual retry at once with maxAutoRetries: 0 and no wait', () => {
      const error = new InviteError({ type: 'network_error', status: null });

      expect(decideRetry(error, 0, NOW, { maxAutoRetries: 0, random: NEVER_RANDOM })).toEqual({
        type: 'manual',
        notBefore: NOW,
      });
    });

    it('should retry automatically as many times as allowed, and no more', () => {
      const error = new InviteError({ type: 'timeout', status: null });
      const policy = { maxAutoRetries: 3, random: () => 0 };

      expect(decideRetry(error, 0, NOW, policy)).toEqual({ type: 'auto', delayMs: 1_000 });
      expect(decideRetry(error, 2, NOW, policy)).toEqual({ type: 'auto', delayMs: 1_000 });
      expect(decideRetry(error, 3, NOW, policy)).toEqual({ type: 'manual', notBefore: NOW });
    });
  });

  describe('given policy overrides', () => {
    it('should wait out a longer Retry-After automatically when maxRetryAfterMs allows it', () => {
      const error = new InviteError({ type: 'rate_limit_exceeded', status: 429, retryAfterMs: 90_000 });

      expect(decideRetry(error, 0, NOW, { maxRetryAfterMs: 120_000 })).toEqual({ type: 'auto', delayMs: 90_000 });
    });

    it('should turn a shorter Retry-After into a manual retry when maxRetryAfterMs is lower', () => {
      const error = new InviteError({ type: 'rate_limit_exceeded', status: 429, retryAfterMs: 30_000 });

      expect(decideRetry(error, 0, NOW, { maxRetryAfterMs: 10_000 })).toEqual({ type: 'manual', notBefore: NOW + 30_000 });
    });

    it('should use the given jitter bounds', () => {
      const error = new InviteError({ type: 'bad_gateway', status: 502 });
      const bounds = { jitterMinMs: 200, jitterMaxMs: 400 };

      expect(decideRetry(error, 0, NOW, { ...bounds, random: () => 0 })).toEqual({ type: 'auto', delayMs: 200 });
      expect(decideRetry(error, 0, NOW, { ...bounds, random: () => 0.5 })).toEqual({ type: 'auto', delayMs: 300 });
      expect(decideRetry(error, 0, NOW, { ...bounds, random: () => 0.999_999 })).toEqual({ type: 'auto', delayMs: 400 });
    });

    it('should use a fixed wait when both jitter bounds are equal', () => {
      const error = new InviteError({ type: 'network_error', status: null });

      expect(decideRetry(error, 0, NOW, { jitterMinMs: 750, jitterMaxMs: 750, random: () => 0.3 })).toEqual({
        type: 'auto',
        delayMs: 750,
      });
    });

    it('should keep the defaults for what the policy leaves out', () => {
      const error = new InviteError({ type: 'rate_limit_exceeded', status: 429, retryAfterMs: 60_000 });

      expect(decideRetry(error, 0, NOW, { jitterMinMs: 10 })).toEqual({ type: 'auto', delayMs: 60_000 });
      expect(decideRetry(error, 1, NOW, { jitterMinMs: 10 })).toEqual({ type: 'manual', notBefore: NOW + 60_000 });
    });
  });
});

describe('resolveRetryPolicy given a value that is none', () => {
  it.each<[keyof RetryPolicy, unknown]>([
    ['maxAutoRetries', -1],
    ['maxAutoRetries', Number.NaN],
    ['maxAutoRetries', 1.5],
    ['maxAutoRetries', Infinity],
    ['maxAutoRetries', '2'],
    ['maxRetryAfterMs', Number.NaN],
    ['maxRetryAfterMs', -5],
    ['maxRetryAfterMs', '60000'],
    ['jitterMinMs', Number.NaN],
    ['jitterMaxMs', Infinity],
    ['random', 0.5],
  ])('should keep the default of %s for %j and name it in the console', (key, value) => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const policy = resolveRetryPolicy({ [key]: value } as RetryPolicy);

    expect(policy[key]).toBe(DEFAULT_RETRY_POLICY[key]);
    expect(consoleError.mock.calls.some(([message]) => String(message).includes(`retryPolicy.${key}`))).toBe(true);
    consoleError.mockRestore();
  });

  it('should keep what an earlier policy set, and take 0 and an unbounded cap', () => {
    const policy = resolveRetryPolicy({ maxAutoRetries: 0 }, { maxAutoRetries: Number.NaN, maxRetryAfterMs: Infinity, jitterMinMs: 0 });
    expect(policy).toMatchObject({ maxAutoRetries: 0, maxRetryAfterMs: Infinity, jitterMinMs: 0 });
  });

  it('should never give a NaN wait for a policy that had one', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = new InviteError({ type: 'service_unavailable', status: 503, retryAfterMs: null });
    const decision = decideRetry(error, 0, 0, resolveRetryPolicy({ jitterMinMs: Number.NaN, jitterMaxMs: Number.NaN }));
    expect(decision).toMatchObject({ type: 'auto' });
    expect(Number.isFinite((decision as { delayMs: number }).delayMs)).toBe(true);
    vi.restoreAllMocks();
  });
});
