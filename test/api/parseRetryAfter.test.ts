import { describe, expect, it } from 'vitest';
import { type HeaderSource, parseRetryAfter } from '../../src/api/parseRetryAfter.js';

// Sun, 06 Nov 1994 08:49:00 GMT: 37 seconds before the RFC 9110 example date.
const NOV_1994 = Date.UTC(1994, 10, 6, 8, 49, 0);
const OCT_2026 = Date.UTC(2026, 9, 21, 7, 0, 0);

describe('parseRetryAfter', () => {
  describe('given Retry-After as delay-seconds', () => {
    it('should return the wait in milliseconds', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': '30' }), OCT_2026)).toBe(30_000);
      expect(parseRetryAfter(new Headers({ 'Retry-After': '120' }), OCT_2026)).toBe(120_000);
    });

    it('should read 0 as no wait', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': '0' }), OCT_2026)).toBe(0);
    });

    it('should accept leading zeros and surrounding white space', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': '007' }), OCT_2026)).toBe(7_000);
      expect(parseRetryAfter({ get: () => '  15\t' }, OCT_2026)).toBe(15_000);
    });

    it('should not depend on now', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': '5' }), 0)).toBe(5_000);
      expect(parseRetryAfter(new Headers({ 'Retry-After': '5' }), NOV_1994)).toBe(5_000);
    });

    it('should read a very long but representable wait', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': '999999999999' }), OCT_2026)).toBe(999_999_999_999_000);
    });
  });

  describe('given Retry-After as an IMF-fixdate', () => {
    it('should return the time until that date', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Sun, 06 Nov 1994 08:49:37 GMT' }), NOV_1994)).toBe(37_000);
    });

    it('should return the time until a date in 2026', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Wed, 21 Oct 2026 07:28:00 GMT' }), OCT_2026)).toBe(
        28 * 60_000,
      );
    });

    it('should read month and weekday names in any case', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'SUN, 06 NOV 1994 08:49:37 GMT' }), NOV_1994)).toBe(37_000);
    });

    it('should read a leap second as the first second of the next minute', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Sun, 06 Nov 1994 08:49:60 GMT' }), NOV_1994)).toBe(59_000);
    });
  });

  describe('given Retry-After in the RFC 850 form', () => {
    it('should return the time until that date', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Sunday, 06-Nov-94 08:49:37 GMT' }), NOV_1994)).toBe(37_000);
    });

    it('should read a two-digit year up to 50 years ahead as this century', () => {
      const now = OCT_2026;
      const expected = Date.UTC(2070, 0, 1, 0, 0, 0) - now;

      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Wednesday, 01-Jan-70 00:00:00 GMT' }), now)).toBe(expected);
    });

    it('should read a two-digit year more than 50 years ahead as the last century (RFC 9110 §5.6.7)', () => {
      // 2094 is more than 50 years after 2026, so "94" is 1994: a date in the past.
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Sunday, 06-Nov-94 08:49:37 GMT' }), OCT_2026)).toBe(0);
    });

    it('should read a two-digit year relative to now, not to the real clock', () => {
      const inThe1990s = Date.UTC(1994, 10, 6, 8, 48, 0);

      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Sunday, 06-Nov-94 08:49:00 GMT' }), inThe1990s)).toBe(60_000);
    });
  });

  describe('given Retry-After in the asctime form', () => {
    it('should return the time until that date, with a space-padded day', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Sun Nov  6 08:49:37 1994' }), NOV_1994)).toBe(37_000);
    });

    it('should read a two-digit day', () => {
      const now = Date.UTC(1994, 10, 16, 8, 49, 0);

      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Wed Nov 16 08:49:37 1994' }), now)).toBe(37_000);
    });
  });

  describe('given Retry-After as a date in the past', () => {
    it('should return 0 for an IMF-fixdate', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Sun, 06 Nov 1994 08:49:37 GMT' }), OCT_2026)).toBe(0);
    });

    it('should return 0 for an asctime date', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Sun Nov  6 08:49:37 1994' }), OCT_2026)).toBe(0);
    });

    it('should return 0 for the very instant of now', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Sun, 06 Nov 1994 08:49:00 GMT' }), NOV_1994)).toBe(0);
    });
  });

  describe('given Retry-After as an invalid date', () => {
    it('should return null for 31 February', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Tue, 31 Feb 2026 10:00:00 GMT' }), OCT_2026)).toBeNull();
    });

    it('should return null for 29 February in a year that is not a leap year', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Sun, 29 Feb 2027 10:00:00 GMT' }), OCT_2026)).toBeNull();
    });

    it('should return null for day 0', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Thu, 00 Oct 2026 10:00:00 GMT' }), OCT_2026)).toBeNull();
    });

    it('should return null for a bad weekday name', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Xyz, 21 Oct 2026 07:28:00 GMT' }), OCT_2026)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Funday, 21-Oct-26 07:28:00 GMT' }), OCT_2026)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Xyz Oct 21 07:28:00 2026' }), OCT_2026)).toBeNull();
    });

    it('should return null for a short weekday name in the RFC 850 form', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Wed, 21-Oct-26 07:28:00 GMT' }), OCT_2026)).toBeNull();
    });

    it('should return null for a bad month name', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Wed, 21 Okt 2026 07:28:00 GMT' }), OCT_2026)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Wednesday, 21-Foo-26 07:28:00 GMT' }), OCT_2026)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Wed Bar 21 07:28:00 2026' }), OCT_2026)).toBeNull();
    });

    it('should return null for an hour, minute or second out of range', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Wed, 21 Oct 2026 24:00:00 GMT' }), OCT_2026)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Wed, 21 Oct 2026 07:60:00 GMT' }), OCT_2026)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Wed, 21 Oct 2026 07:28:61 GMT' }), OCT_2026)).toBeNull();
    });

    it('should return null for a year before 100, which Date.UTC would move to the 1900s', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Sat, 01 Jan 0050 00:00:00 GMT' }), OCT_2026)).toBeNull();
    });

    it('should return null for a date in a time zone other than GMT', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Wed, 21 Oct 2026 07:28:00 UTC' }), OCT_2026)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Wed, 21 Oct 2026 07:28:00 +0200' }), OCT_2026)).toBeNull();
    });

    it('should return null for a date Date.parse would accept but RFC 9110 does not', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': '2026-10-21T07:28:00Z' }), OCT_2026)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'October 21, 2026' }), OCT_2026)).toBeNull();
    });
  });

  describe('given Retry-After as something else', () => {
    it('should return null for a negative number', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': '-5' }), OCT_2026)).toBeNull();
    });

    it('should return null for a fractional number', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': '1.5' }), OCT_2026)).toBeNull();
    });

    it('should return null for garbage', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'soon' }), OCT_2026)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'Retry-After': '30s' }), OCT_2026)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'Retry-After': '1e3' }), OCT_2026)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'Retry-After': '0x10' }), OCT_2026)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'Infinity' }), OCT_2026)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'Retry-After': 'NaN' }), OCT_2026)).toBeNull();
    });

    it('should return null for an empty value', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': '' }), OCT_2026)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'Retry-After': '   ' }), OCT_2026)).toBeNull();
    });

    it('should return null for a 20-digit number that would overflow', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': '12345678901234567890' }), OCT_2026)).toBeNull();
    });

    it('should return null when there is no header at all', () => {
      expect(parseRetryAfter(new Headers(), OCT_2026)).toBeNull();
    });
  });

  describe('given a RateLimit header', () => {
    it('should read its t= parameter as seconds', () => {
      expect(parseRetryAfter(new Headers({ RateLimit: '"default";r=0;t=12' }), OCT_2026)).toBe(12_000);
    });

    it('should read t= wherever it sits among the parameters', () => {
      expect(parseRetryAfter(new Headers({ RateLimit: '"default";t=7;r=0' }), OCT_2026)).toBe(7_000);
    });

    it('should return null without a t= parameter', () => {
      expect(parseRetryAfter(new Headers({ RateLimit: '"default";r=0' }), OCT_2026)).toBeNull();
    });

    it('should return null for a negative or fractional t=', () => {
      expect(parseRetryAfter(new Headers({ RateLimit: '"default";r=0;t=-12' }), OCT_2026)).toBeNull();
      expect(parseRetryAfter(new Headers({ RateLimit: '"default";r=0;t=1.5' }), OCT_2026)).toBeNull();
    });

    it('should not mistake a parameter ending in t for t=', () => {
      expect(parseRetryAfter(new Headers({ RateLimit: '"default";r=0;at=12' }), OCT_2026)).toBeNull();
    });
  });

  describe('given a RateLimit-Reset header', () => {
    const now = 1_700_000_000_000;

    it('should read a small number as delta seconds', () => {
      expect(parseRetryAfter(new Headers({ 'RateLimit-Reset': '45' }), now)).toBe(45_000);
    });

    it('should read an epoch in seconds', () => {
      expect(parseRetryAfter(new Headers({ 'RateLimit-Reset': '1700000060' }), now)).toBe(60_000);
    });

    it('should read an epoch in milliseconds', () => {
      expect(parseRetryAfter(new Headers({ 'RateLimit-Reset': '1700000060000' }), now)).toBe(60_000);
    });

    it('should read an epoch in the past as no wait', () => {
      expect(parseRetryAfter(new Headers({ 'RateLimit-Reset': '1690000000' }), now)).toBe(0);
      expect(parseRetryAfter(new Headers({ 'RateLimit-Reset': '1690000000000' }), now)).toBe(0);
    });

    it('should return null for garbage, negative, fractional and overflowing values', () => {
      expect(parseRetryAfter(new Headers({ 'RateLimit-Reset': 'later' }), now)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'RateLimit-Reset': '-45' }), now)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'RateLimit-Reset': '4.5' }), now)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'RateLimit-Reset': '12345678901234567890' }), now)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'RateLimit-Reset': '9999999999999999' }), now)).toBeNull();
    });
  });

  describe('given an X-RateLimit-Reset header', () => {
    const now = 1_700_000_000_000;

    it('should read delta seconds', () => {
      expect(parseRetryAfter(new Headers({ 'X-RateLimit-Reset': '10' }), now)).toBe(10_000);
    });

    it('should read an epoch in seconds', () => {
      expect(parseRetryAfter(new Headers({ 'X-RateLimit-Reset': '1700000030' }), now)).toBe(30_000);
    });

    it('should read an epoch in milliseconds', () => {
      expect(parseRetryAfter(new Headers({ 'X-RateLimit-Reset': '1700000030500' }), now)).toBe(30_500);
    });
  });

  describe('given several headers', () => {
    const now = 1_700_000_000_000;

    it('should let Retry-After win over all the others', () => {
      const headers = new Headers({
        'Retry-After': '5',
        RateLimit: '"default";r=0;t=12',
        'RateLimit-Reset': '20',
        'X-RateLimit-Reset': '30',
      });

      expect(parseRetryAfter(headers, now)).toBe(5_000);
    });

    it('should let a Retry-After of 0 win too', () => {
      const headers = new Headers({ 'Retry-After': '0', RateLimit: '"default";r=0;t=12' });

      expect(parseRetryAfter(headers, now)).toBe(0);
    });

    it('should let RateLimit win over the reset headers', () => {
      const headers = new Headers({
        RateLimit: '"default";r=0;t=12',
        'RateLimit-Reset': '20',
        'X-RateLimit-Reset': '30',
      });

      expect(parseRetryAfter(headers, now)).toBe(12_000);
    });

    it('should let RateLimit-Reset win over X-RateLimit-Reset', () => {
      const headers = new Headers({ 'RateLimit-Reset': '20', 'X-RateLimit-Reset': '30' });

      expect(parseRetryAfter(headers, now)).toBe(20_000);
    });

    it('should fall through a garbage Retry-After to RateLimit', () => {
      const headers = new Headers({ 'Retry-After': 'soon', RateLimit: '"default";r=0;t=12' });

      expect(parseRetryAfter(headers, now)).toBe(12_000);
    });

    it('should fall through a garbage Retry-After and RateLimit to the reset headers', () => {
      const headers = new Headers({
        'Retry-After': '-1',
        RateLimit: '"default";r=0',
        'RateLimit-Reset': 'x',
        'X-RateLimit-Reset': '30',
      });

      expect(parseRetryAfter(headers, now)).toBe(30_000);
    });
  });

  describe('given a hand-made header source', () => {
    it('should read a plain object with get(name)', () => {
      const values: Record<string, string> = { 'retry-after': '9' };
      const headers: HeaderSource = { get: (name) => values[name.toLowerCase()] ?? null };

      expect(parseRetryAfter(headers, OCT_2026)).toBe(9_000);
    });

    it('should treat get() returning undefined as no header', () => {
      const headers: HeaderSource = { get: () => undefined };

      expect(parseRetryAfter(headers, OCT_2026)).toBeNull();
    });

    it('should return null when get() throws', () => {
      const headers: HeaderSource = {
        get() {
          throw new Error('boom');
        },
      };

      expect(parseRetryAfter(headers, OCT_2026)).toBeNull();
    });

    it('should fall through to the next header when get() throws for one name only', () => {
      const headers: HeaderSource = {
        get(name) {
          if (name.toLowerCase() === 'retry-after') throw new Error('boom');
          return name.toLowerCase() === 'ratelimit' ? '"default";r=0;t=3' : null;
        },
      };

      expect(parseRetryAfter(headers, OCT_2026)).toBe(3_000);
    });

    it('should ignore a get() that returns something other than a string', () => {
      const headers = { get: () => 30 } as unknown as HeaderSource;

      expect(parseRetryAfter(headers, OCT_2026)).toBeNull();
    });
  });

  describe('given no headers', () => {
    it('should return null for null', () => {
      expect(parseRetryAfter(null, OCT_2026)).toBeNull();
    });

    it('should return null for undefined', () => {
      expect(parseRetryAfter(undefined, OCT_2026)).toBeNull();
    });
  });

  describe('given a now that is not a finite number', () => {
    it('should return null', () => {
      expect(parseRetryAfter(new Headers({ 'Retry-After': '30' }), Number.NaN)).toBeNull();
      expect(parseRetryAfter(new Headers({ 'Retry-After': '30' }), Number.POSITIVE_INFINITY)).toBeNull();
    });
  });
});
