import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createInviteClient, InviteUserDialog } from '../../src/index.js';

const server = setupServer(
  http.put('https://api.test/v1/groups/:groupId/inviteUser', () => HttpResponse.json({ success: true, data: {} })),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('should invite', async () => {
  const user = userEvent.setup();
  const client = createInviteClient({ baseUrl: 'https://api.test', clientId: 'c', getAccessToken: () => 't' });
  render(<InviteUserDialog groupId="1" client={client} />);
  await user.click(screen.getByRole('button', { name: 'Invite someone' }));
  await user.type(screen.getByRole('textbox', { name: 'Email or user ID' }), 'A@Example.COM');
  await user.click(screen.getByRole('button', { name: 'Send invitation' }));
  expect(await screen.findByText('Invitation sent to A@example.com.')).toBeInTheDocument();
});
