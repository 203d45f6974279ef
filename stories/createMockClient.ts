import { createInviteClient, type InviteClient, type InviteClientOptions } from '../src/index.js';

/**
 * A client for the built-in mock API: the stories' MSW handlers answer its
 * requests in the browser, so no credentials and no network are needed.
 * Each story gets its own, since a client remembers the waits a server asked
 * for; and it keeps them to itself. Shared across tabs (the default in a real
 * browser), one story's hour-long 429 would be kept in `localStorage` and hold
 * back every other story, on the docs pages and in later test runs.
 */
export function createMockClient(options: Partial<InviteClientOptions> = {}): InviteClient {
  return createInviteClient({
    baseUrl: '/mock-api',
    clientId: 'storybook',
    getAccessToken: () => 'storybook-token',
    shareWaitAcrossTabs: false,
    ...options,
  });
}

/**
 * A mock client that counts the requests it sends, at the moment it calls
 * `fetch`. A submission the dialog accepts gets there in the promise jobs of
 * the key or click itself, before user-event's next step: right after one, a
 * play can tell that it sent nothing without waiting to see.
 */
export function createCountingMockClient(options: Partial<InviteClientOptions> = {}): {
  client: InviteClient;
  sent: () => number;
} {
  let sent = 0;
  const client = createMockClient({
    ...options,
    fetch: (input, init) => {
      sent += 1;
      return fetch(input, init);
    },
  });
  return { client, sent: () => sent };
}

/** One request a logging mock client sent: whom it invited and the status it got (`null` until answered, or with no answer). */
export interface SentRequest {
  invitee: string;
  status: number | null;
}

/**
 * A mock client that logs each request it sends, at the moment it calls
 * `fetch` (as `createCountingMockClient` counts them), with the status of its
 * answer once it arrives: a play can count the 429s a batch met, and tell
 * that nobody was invited twice.
 */
export function createLoggingMockClient(options: Partial<InviteClientOptions> = {}): {
  client: InviteClient;
  sent: () => number;
  log: readonly SentRequest[];
} {
  const log: SentRequest[] = [];
  const client = createMockClient({
    ...options,
    fetch: async (input, init) => {
      const body = JSON.parse(String(init?.body ?? '{}')) as { email?: string; userId?: number };
      const entry: SentRequest = { invitee: body.email ?? String(body.userId), status: null };
      log.push(entry);
      const response = await fetch(input, init);
      entry.status = response.status;
      return response;
    },
  });
  return { client, sent: () => log.length, log };
}
