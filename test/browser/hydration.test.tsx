import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { flushSync } from 'react-dom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createInviteClient, InviteUserDialog } from '../../src/index.js';

const client = createInviteClient({ baseUrl: '/api', clientId: 'c', getAccessToken: () => 't' });

beforeAll(async () => {
  await warmUpTheDriver();
});

/**
 * The browser driver's first action in a run is slow on a busy machine (its
 * scripts load into the page, seconds on end): taken here, under the hook's
 * longer timeout, rather than out of the first test's.
 */
async function warmUpTheDriver() {
  const button = document.createElement('button');
  button.textContent = 'warm-up';
  document.body.append(button);
  await userEvent.click(button);
  button.remove();
}

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
