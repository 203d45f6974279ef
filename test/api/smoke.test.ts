import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../src/api/parseRetryAfter.js';

describe('parseRetryAfter', () => {
  it('should read delay-seconds', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '30' }), 0)).toBe(30_000);
  });
});
