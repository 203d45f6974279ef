// The host's own jsdom tests, written the way the README tells hosts to:
// vitest + Testing Library + `msw/node`, a client per test, the package's
// handlers given the app's `baseUrl`. No HTMLDialogElement polyfill: jsdom has
// no showModal(), and the dialog has to cope by itself.
export function hostTestFiles() {
  return {
    'vitest.config.ts': `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: { environment: 'jsdom', include: ['test/**/*.test.tsx'] },
});
`,
    'test/invite.test.tsx': `import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInviteClient, InviteUserDialog } from 'invite-kit';
import { inviteForbidden, inviteSuccess } from 'invite-kit/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';

const baseUrl = 'https://api.example.test/auth';
const unhandled: string[] = [];
const server = setupServer();
let consoleErrors: string[] = [];

beforeAll(() => {
  server.listen({
    onUnhandledRequest(request, print) {
      unhandled.push(\`\${request.method} \${request.url}\`);
      print.error();
    },
  });
});
beforeEach(() => {
  consoleErrors = [];
  const original = console.error;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
    original(...args);
  });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  unhandled.length = 0;
  vi.restoreAllMocks();
});
afterAll(() => server.close());

// A client per test: the wait a client holds after a 429 is shared by its callers.
function newClient(url = baseUrl) {
  return createInviteClient({ baseUrl: url, clientId: 'host-tests', getAccessToken: async () => 'test-token' });
}

async function sendInvitation(client: ReturnType<typeof newClient>, groupId: string, value: string) {
  const user = userEvent.setup();
  render(<InviteUserDialog groupId={groupId} client={client} />);
  await user.click(screen.getByRole('button', { name: 'Invite someone' }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByRole('textbox', { name: 'Email or user ID' }), value);
  await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
  return dialog;
}

test('an invitation is sent and confirmed', async () => {
  server.use(inviteSuccess({ baseUrl }));
  const dialog = await sendInvitation(newClient(), 'reading-circle', 'ada@example.org');
  await waitFor(() => expect(within(dialog).getByRole('status').textContent).toContain('Invitation sent to ada@example.org.'));
  expect(unhandled).toEqual([]);
  expect(consoleErrors, 'console.error calls').toEqual([]);
});

test('a 403 shows the forbidden message', async () => {
  server.use(inviteForbidden({ baseUrl }));
  const dialog = await sendInvitation(newClient(), 'locked-group', '153');
  await waitFor(() =>
    expect(within(dialog).getByRole('alert').textContent).toContain(
      'You can’t invite people to this group. Ask a group admin for access.',
    ),
  );
  expect(unhandled).toEqual([]);
  expect(consoleErrors, 'console.error calls').toEqual([]);
});

test('a handler for another baseUrl does not answer: a wrong baseUrl fails here', async () => {
  // The app's mistake: a baseUrl that already ends in /v1, so requests go to …/v1/v1/groups/….
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  server.use(inviteSuccess({ baseUrl: 'https://api.example.test/auth' }));
  const dialog = await sendInvitation(newClient('https://api.example.test/auth/v1'), 'reading-circle', 'ada@example.org');
  // Wait until the submission settles (a network failure gets one automatic retry first).
  const form = dialog.querySelector('form');
  await waitFor(() => expect(form?.dataset.status).toMatch(/^(error|success)$/), { timeout: 4000 });
  expect(
    within(dialog).getByRole('status').textContent,
    'the handler made with baseUrl …/auth answered the client whose baseUrl is …/auth/v1',
  ).not.toContain('Invitation sent');
  expect(form?.dataset.status).toBe('error');
  expect(within(dialog).getByRole('alert').textContent).not.toBe('');
  expect([...new Set(unhandled)], 'what onUnhandledRequest saw').toEqual([
    'PUT https://api.example.test/auth/v1/v1/groups/reading-circle/inviteUser',
  ]);
});
`,
  };
}
