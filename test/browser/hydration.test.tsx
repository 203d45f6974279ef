import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { flushSync } from 'react-dom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { createInviteClient, InviteUserDialog } from '../../src/index.js';
import { warmUpTheDriver } from './support/mockWorker.js';

const client = createInviteClient({ baseUrl: '/api', clientId: 'c', getAccessToken: () => 't' });

beforeAll(async () => {
  await warmUpTheDriver();
});

function hydrate(element: React.ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.append(container);
  const recoverable = vi.fn();
  const consoleError = vi.spyOn(console, 'error');
  const root = hydrateRoot(container, element, { onRecoverableError: recoverable });
  return { container, root, recoverable, consoleError };
}

describe('given server-rendered markup', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('should hydrate the closed dialog without warnings and open on click', async () => {
    const { root, recoverable, consoleError } = hydrate(<InviteUserDialog groupId="1" client={client} />);
    await page.getByRole('button', { name: 'Invite someone' }).click();
    await expect.element(page.getByRole('dialog', { name: 'Invite someone to this group' })).toBeVisible();
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    flushSync(() => root.unmount());
  });

  it('should hydrate defaultOpen and then show the dialog as a modal', async () => {
    const { root, recoverable, consoleError } = hydrate(<InviteUserDialog groupId="1" client={client} defaultOpen />);
    await expect.element(page.getByRole('dialog', { name: 'Invite someone to this group' })).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: 'Email or user ID' })).toHaveFocus();
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    flushSync(() => root.unmount());
  });
});
