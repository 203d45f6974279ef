import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../../src/api/errorFromResponse.js';
import { INVITE_ERROR_TYPES, SERVER_ERROR_TYPES } from '../../src/api/inviteErrorTypes.js';
import { parseResponseBody } from '../../src/api/parseResponseBody.js';
import { readBody } from '../../src/api/readBody.js';

const NUM_RUNS = 5000;
const NOW = Date.UTC(2026, 9, 21, 7, 0, 0);

// C0 and C1 controls, and the bidi controls that can reorder text around them.
const CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

const anyMessage = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 800 }),
  fc.string({ unit: 'grapheme', maxLength: 800 }),
  fc.string({ unit: 'binary-ascii', maxLength: 800 }),
  fc.string({
    unit: fc.constantFrom('\u0000', '\u0007', '\n', '\r', '\t', ' ', '\u00a0', '\u0085', '\u202e', '\u2066', 'a', '😀', '<'),
    maxLength: 700,
  }),
  // Long enough to be capped, with astral characters that take two UTF-16 units each.
  fc.string({ unit: 'grapheme', minLength: 150, maxLength: 600, size: 'max' }),
  fc.string({ unit: fc.constantFrom('a', ' ', '😀', '𝒜', '\u0000', '\u202e'), minLength: 250, maxLength: 600, size: 'max' }),
  fc.constant('<img src=x onerror=alert(1)>'),
  fc.anything(),
);

const anyErrorBody = fc
  .record(
    {
      success: fc.oneof(fc.boolean(), fc.anything()),
      type: fc.oneof(fc.constantFrom(...SERVER_ERROR_TYPES), fc.string(), fc.anything()),
      message: anyMessage,
      error: fc.oneof(
        fc.record(
          {
            code: fc.oneof(
              fc.constantFrom('BadRequestError', 'ForbiddenError', 'NotFoundError', 'ValidationError', 'ServerError'),
              fc.string({ maxLength: 200 }),
              fc.anything(),
            ),
            message: anyMessage,
          },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
      data: fc.oneof(fc.record({ message: anyMessage }, { requiredKeys: [] }), fc.anything()),
    },
    { requiredKeys: [] },
  )
  .map((body) => JSON.stringify(body));

const anyBody = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.json(),
  fc.anything().map((value) => JSON.stringify(value) ?? ''),
  anyErrorBody,
  // Truncated JSON: a documented body cut anywhere.
  anyErrorBody.chain((body) => fc.nat({ max: body.length }).map((end) => body.slice(0, end))),
  fc.constantFrom(
    '',
    '<html><body><h1>502 Bad Gateway</h1></body></html>',
    'null',
    '[]',
    '"just a string"',
    '{"success":false}',
  ),
);

// Statuses that may not carry a body in a fetch Response.
const NULL_BODY_STATUSES = [204, 205, 304];

function expectPlainMessage(message: string | null) {
  if (message === null) return;
  expect(typeof message).toBe('string');
  expect(message.length).toBeGreaterThan(0);
  expect(message.length).toBeLessThanOrEqual(300);
  expect(message).not.toMatch(CONTROL);
  expect(message).toBe(message.trim());
  expect(message).not.toMatch(/\s\s/);
}

// Thousands of runs each: on a loaded machine that takes seconds, so a
// generous limit, or a slow run would fail for no fault of the code.
describe('response body properties', { timeout: 60_000 }, () => {
  describe('given random bodies', () => {
    it(`should never throw in parseResponseBody for ${NUM_RUNS} random bodies`, () => {
      fc.assert(
        fc.property(anyBody, (text) => {
          const body = parseResponseBody(text);

          expect(typeof body.json).toBe('boolean');
          expect(body.type === null || (SERVER_ERROR_TYPES as readonly string[]).includes(body.type)).toBe(true);
          expectPlainMessage(body.message);
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it(`should always give a typed error from errorFromResponse for ${NUM_RUNS} random responses`, async () => {
      await fc.assert(
        fc.asyncProperty(
          anyBody,
          fc.integer({ min: 200, max: 599 }),
          fc.option(fc.string()),
          async (text, status, retryAfter) => {
            const response = new Response(NULL_BODY_STATUSES.includes(status) ? null : text, {
              status,
              headers: retryAfter === null ? {} : { 'Retry-After': retryAfter },
            });

            const error = errorFromResponse(response, parseResponseBody(await readBody(response)), NOW);

            expect(INVITE_ERROR_TYPES).toContain(error.type);
            expect(error.status).toBe(status);
            expectPlainMessage(error.serverMessage);
            if (error.retryAfterMs !== null) {
              expect(Number.isSafeInteger(error.retryAfterMs)).toBe(true);
              expect(error.retryAfterMs).toBeGreaterThanOrEqual(0);
            }
          },
        ),
        { numRuns: NUM_RUNS },
      );
    });
  });

  describe('given a body with a documented type', () => {
    it(`should let the body's type win over any status, for ${NUM_RUNS} responses`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...SERVER_ERROR_TYPES),
          fc.integer({ min: 200, max: 599 }).filter((status) => !NULL_BODY_STATUSES.includes(status)),
          anyMessage,
          (type, status, message) => {
            const text = JSON.stringify({ success: false, type, message });

            const error = errorFromResponse(new Response(text, { status }), parseResponseBody(text), NOW);

            expect(error.type).toBe(type);
          },
        ),
        { numRuns: NUM_RUNS },
      );
    });
  });

  describe('given a body without a documented type', () => {
    it(`should map unlisted 4xx to invalid_request and unlisted 5xx to internal_server_error, for ${NUM_RUNS} responses`, () => {
      const listed = [400, 401, 403, 404, 422, 429, 500, 502, 503, 504];
      fc.assert(
        fc.property(
          fc.integer({ min: 400, max: 599 }).filter((status) => !listed.includes(status)),
          fc.oneof(fc.string({ unit: 'binary' }), fc.json()),
          (status, text) => {
            const body = parseResponseBody(text);
            fc.pre(body.type === null);

            const error = errorFromResponse(new Response(text, { status }), body, NOW);

            expect(error.type).toBe(status < 500 ? 'invalid_request' : 'internal_server_error');
          },
        ),
        { numRuns: NUM_RUNS },
      );
    });
  });
});
