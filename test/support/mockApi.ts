import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createInviteClient, type InviteClient, type InviteClientOptions } from '../../src/api/createInviteClient.js';
import { InviteError } from '../../src/api/InviteError.js';

/** Where the tests' API lives. */
export const BASE_URL = 'https://api.example.test/auth';
/** The endpoint under `BASE_URL`, as an MSW path. */
export const ENDPOINT = `${BASE_URL}/v1/groups/:groupId/inviteUser`;

/**
 * An MSW server for the test file that calls it: listening for its tests
 * (an unhandled request fails the test), its handlers reset after each one.
 */
export function useMockApi(): ReturnType<typeof setupServer> {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** A client of `BASE_URL` for one test, so no wait a test met holds the next. */
export const makeClient = (overrides: Partial<InviteClientOptions> = {}): InviteClient =>
  createInviteClient({ baseUrl: BASE_URL, clientId: 'c', getAccessToken: () => 'token', ...overrides });

/** What `promise` rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject, but it resolved.');
}

/** The `InviteError` `promise` rejects with; fails the test when it resolves or rejects with anything else. */
export async function inviteErrorOf(promise: Promise<unknown>): Promise<InviteError> {
  const error = await rejectionOf(promise);
  if (error instanceof InviteError) return error;
  throw error;
}

/**
 * Answers the n-th request to `ENDPOINT` with the n-th response (the last one
 * repeats), on the file's `server`; counts the requests.
 */
export function serveInOrder(server: ReturnType<typeof setupServer>, ...responses: Array<() => Response | Promise<Response>>) {
  const seen = { count: 0 };
  server.use(
    http.put(ENDPOINT, () => {
      const respond = responses[Math.min(seen.count, responses.length - 1)]!;
      seen.count += 1;
      return respond();
    }),
  );
  return seen;
}

/** A failure with `status` (and `headers`), its body the documented shape with a message. */
export const failWith =
  (status: number, headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.json({ success: false, message: `failed with ${status}` }, { status, headers });

/** The documented success. */
export const succeed = () => HttpResponse.json({ success: true, data: {} });
