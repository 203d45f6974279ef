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
