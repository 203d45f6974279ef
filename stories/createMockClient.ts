import { createInviteClient, type InviteClient, type InviteClientOptions } from '../src/index.js';

/**
 * A client for the built-in mock API: the stories' MSW handlers answer its
 * requests in the browser, so no credentials and no network are needed.
 * Each story gets its own, since a client remembers the waits a server asked for.
 */
export function createMockClient(options: Partial<InviteClientOptions> = {}): InviteClient {
  return createInviteClient({
    baseUrl: '/mock-api',
    clientId: 'storybook',
    getAccessToken: () => 'storybook-token',
    ...options,
  });
}
