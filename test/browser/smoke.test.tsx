import { expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { page } from 'vitest/browser';
import { createInviteClient, InviteUserDialog } from '../../src/index.js';
import '../../src/styles.css';

it('should open a modal dialog with focus in the field', async () => {
  const client = createInviteClient({ baseUrl: '/api', clientId: 'c', getAccessToken: () => 't' });
  await render(<InviteUserDialog groupId="1" client={client} />);
  await page.getByRole('button', { name: 'Invite someone' }).click();
  await expect.element(page.getByRole('dialog', { name: 'Invite someone to this group' })).toBeVisible();
  await expect.element(page.getByRole('textbox', { name: 'Email or user ID' })).toHaveFocus();
});
