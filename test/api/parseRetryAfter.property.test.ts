import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HeaderSource, parseRetryAfter } from '../../src/api/parseRetryAfter.js';

const NUM_RUNS = 5000;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HEADER_NAMES = ['retry-after', 'ratelimit', 'ratelimit-reset', 'x-ratelimit-reset'] as const;

/** The latest instant a JS Date can hold; `now` is drawn from the whole range from the epoch up to it. */
const MAX_DATE_MS = 8_640_000_000_000_000n;

const pad2 = (n: number) => String(n).padStart(2, '0');

// Near-valid dates: real names, numbers that are sometimes out of range.
const nearlyValidImfDate = fc
  .tuple(
    fc.constantFrom(...DAYS),
    fc.integer({ min: 0, max: 39 }),
    fc.constantFrom(...MONTHS),
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
  )
  .map(([wd, d, mon, y, h, m, s]) => `${wd}, ${pad2(d)} ${mon} ${String(y).padStart(4, '0')} ${pad2(h)}:${pad2(m)}:${pad2(s)} GMT`);

const nearlyValidRfc850Date = fc
  .tuple(
    fc.constantFrom(...LONG_DAYS),
    fc.integer({ min: 0, max: 39 }),
    fc.constantFrom(...MONTHS),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
  )
  .map(([wd, d, mon, y, h, m, s]) => `${wd}, ${pad2(d)}-${mon}-${pad2(y)} ${pad2(h)}:${pad2(m)}:${pad2(s)} GMT`);

const nearlyValidAsctimeDate = fc
  .tuple(
    fc.constantFrom(...DAYS),
    fc.constantFrom(...MONTHS),
    fc.integer({ min: 0, max: 39 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 9999 }),
  )
  .map(([wd, mon, d, h, m, s, y]) => `${wd} ${mon} ${String(d).padStart(2, ' ')} ${pad2(h)}:${pad2(m)}:${pad2(s)} ${y}`);

const anyHeaderValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary-ascii' }),
  fc.stringMatching(/^[-+]?\d{0,25}(\.\d{0,4})?$/),
  fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }).map(String),
  fc.double().map(String),
  fc.stringMatching(/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/),
  fc.stringMatching(/^[A-Za-z]{6,9}, \d{2}-[A-Za-z]{3}-\d{2} \d{2}:\d{2}:\d{2} GMT$/),
  fc.stringMatching(/^[A-Za-z]{3} [A-Za-z]{3} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/),
  nearlyValidImfDate,
  nearlyValidRfc850Date,
  nearlyValidAsctimeDate,
  fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
  fc
    .tuple(fc.string(), fc.stringMatching(/^[-+]?\d{0,22}(\.\d{0,2})?$/))
    .map(([name, t]) => `"${name}";r=0;t=${t}`),
);

const anyNow = fc.oneof(fc.constant(Date.UTC(2026, 9, 21, 7, 0, 0)), fc.bigInt({ min: 0n, max: MAX_DATE_MS }).map(Number));

function expectUsableWait(result: number | null) {
  if (result === null) return;
  expect(Number.isSafeInteger(result)).toBe(true);
  expect(result).toBeGreaterThanOrEqual(0);
}

// Thousands of runs each: on a loaded machine that takes seconds, so a
// generous limit, or a slow run would fail for no fault of the code.
describe('parseRetryAfter properties', { timeout: 60_000 }, () => {
  describe('given random values in any of the four headers', () => {
    it(`should never throw and return null or a safe non-negative integer for ${NUM_RUNS} random header sets`, () => {
      fc.assert(
        fc.property(
          fc.record({
            'retry-after': fc.option(anyHeaderValue),
            ratelimit: fc.option(anyHeaderValue),
            'ratelimit-reset': fc.option(anyHeaderValue),
            'x-ratelimit-reset': fc.option(anyHeaderValue),
          }),
          anyNow,
          (values, now) => {
            const headers: HeaderSource = {
              get: (name) => values[name.toLowerCase() as (typeof HEADER_NAMES)[number]] ?? null,
            };

            expectUsableWait(parseRetryAfter(headers, now));
          },
        ),
        { numRuns: NUM_RUNS },
      );
    });

    it(`should never throw for ${NUM_RUNS} random printable values in a fetch Headers`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...HEADER_NAMES), fc.oneof(fc.string(), anyHeaderValue.filter(isByteString)), anyNow, (name, value, now) => {
          const headers = new Headers();
          headers.set(name, value);

          expectUsableWait(parseRetryAfter(headers, now));
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it(`should never throw nor return NaN or a negative for ${NUM_RUNS} random values with any double as now`, () => {
      fc.assert(
        fc.property(anyHeaderValue, fc.double(), (value, now) => {
          const result = parseRetryAfter({ get: () => value }, now);

          if (!Number.isFinite(now)) expect(result).toBeNull();
          if (result !== null) {
            // A fractional or out-of-range now may give a fractional wait, but never NaN or a negative.
            expect(Number.isFinite(result)).toBe(true);
            expect(result).toBeGreaterThanOrEqual(0);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    });
  });

  describe('given a valid Retry-After', () => {
    it(`should read every delay-seconds of up to 12 digits exactly, for ${NUM_RUNS} values`, () => {
      fc.assert(
        fc.property(fc.bigInt({ min: 0n, max: 999_999_999_999n }), anyNow, (seconds, now) => {
          expect(parseRetryAfter({ get: (name) => (name === 'retry-after' ? String(seconds) : null) }, now)).toBe(
            Number(seconds) * 1000,
          );
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it(`should read every IMF-fixdate as the time until it (0 when past), for ${NUM_RUNS} dates`, () => {
      fc.assert(
        fc.property(
          fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31, 23, 59, 59)), noInvalidDate: true }),
          anyNow,
          (date, now) => {
            const wholeSeconds = Math.floor(date.getTime() / 1000) * 1000;

            expect(parseRetryAfter({ get: (name) => (name === 'retry-after' ? date.toUTCString() : null) }, now)).toBe(
              Math.max(0, wholeSeconds - now),
            );
          },
        ),
        { numRuns: NUM_RUNS },
      );
    });

    it(`should read every asctime date as the time until it (0 when past), for ${NUM_RUNS} dates`, () => {
      fc.assert(
        fc.property(
          fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31, 23, 59, 59)), noInvalidDate: true }),
          anyNow,
          (date, now) => {
            const asctime =
              `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2, ' ')} ` +
              `${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}:${pad2(date.getUTCSeconds())} ${date.getUTCFullYear()}`;
            const wholeSeconds = Math.floor(date.getTime() / 1000) * 1000;

            expect(parseRetryAfter({ get: (name) => (name === 'retry-after' ? asctime : null) }, now)).toBe(
              Math.max(0, wholeSeconds - now),
            );
          },
        ),
        { numRuns: NUM_RUNS },
      );
    });
  });
});

/** What `Headers` accepts as a value: no NUL, CR or LF, nothing above U+00FF. */
function isByteString(value: string): boolean {
  return !/[\0\r\n]|[^\u0000-\u00ff]/.test(value);
}
