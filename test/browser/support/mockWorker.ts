import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { userEvent } from 'vitest/browser';

/** The endpoint as the browser tests' clients reach it (`baseUrl: '/api'`), as an MSW path. */
export const INVITE_URL = '/api/v1/groups/:groupId/inviteUser';

/**
 * An MSW service worker for the test file that calls it: started for its
 * tests (an unhandled request fails the test), its handlers reset after each one.
 */
export function useMockWorker(): ReturnType<typeof setupWorker> {
  const worker = setupWorker();
  beforeAll(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'error' });
  });
  afterEach(() => worker.resetHandlers());
  afterAll(() => worker.stop());
  return worker;
}

/**
 * The browser driver's first action in a run is slow on a busy machine (its
 * scripts load into the page, seconds on end): taken in a `beforeAll`, under
 * the hook's longer timeout, rather than out of the first test's.
 */
export async function warmUpTheDriver(): Promise<void> {
  const button = document.createElement('button');
  button.textContent = 'warm-up';
  document.body.append(button);
  await userEvent.click(button);
  button.remove();
}
