import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createInviteClient } from '../../src/api/createInviteClient.js';
import { InviteUserDialog } from '../../src/components/InviteUserDialog.js';
import { en } from '../../src/locales/en.js';
import { enXA } from '../../src/locales/en-XA.js';
import type { PluralMessage } from '../../src/messages/LocaleCatalog.js';
import { pseudoLocalizeText } from '../../src/messages/pseudoLocalize.js';

afterEach(cleanup);

type Reply = () => Response;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** The dialog, open, in the pseudo-locale, against a client that answers with `reply`. */
async function renderDialog(reply: Reply = json(200, { success: true, data: {} })) {
  const client = createInviteClient({
    baseUrl: 'https://api.test',
    clientId: 'c',
    getAccessToken: () => 't',
    fetch: async () => reply(),
  });
  const result = render(<InviteUserDialog groupId="1" client={client} defaultOpen locale="en-XA" />);
  // The pseudo-locale is a lazily loaded catalog: wait until it replaced English.
  const dialog = await screen.findByRole('dialog', { name: enXA.title });
  return { ...result, dialog };
}

/**
 * Every visible text node and accessible-name attribute not pseudo-localized
 * (glyphs without letters, such as the close button's ×, are no message).
 */
function notPseudoLocalized(root: HTMLElement): string[] {
  const offenders: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('[aria-hidden="true"]')) continue;
    const text = node.textContent?.trim() ?? '';
    // A glyph with no letter in it (the close button's ×) is no message.
    if (!/\p{L}/u.test(text)) continue;
    if (text && !/^\[[^]*\]$/.test(text)) offenders.push(text);
  }
  for (const element of root.querySelectorAll('[aria-label], [placeholder], [title]')) {
    for (const name of ['aria-label', 'placeholder', 'title']) {
      const value = element.getAttribute(name)?.trim();
      if (value && !/^\[[^]*\]$/.test(value)) offenders.push(`${name}="${value}"`);
    }
  }
  return offenders;
}

describe('given the pseudo-locale catalog', () => {
  it('should accent, lengthen by about 40 % and bracket every message, keeping placeholders', () => {
    expect(enXA.title).toMatch(/^\[Îñṽîţé šöɱéöñé ţö ţĥîš ĝŕöûþ ·+\]$/);
    expect(enXA.success).toContain('{invitee}');
    expect((enXA['retry.countdown'] as PluralMessage).other).toContain('{seconds}');
    for (const [key, english] of Object.entries(en)) {
      if (typeof english !== 'string' || english.length < 20) continue;
      const pseudo = enXA[key as keyof typeof en] as string;
      expect(pseudo.length / english.length, key).toBeGreaterThanOrEqual(1.3);
      expect(pseudo.length / english.length, key).toBeLessThanOrEqual(1.5);
      expect(pseudo.replace(/\{\w+\}/g, ''), key).not.toMatch(/[a-z]/i);
    }
  });

  it('should leave placeholders as they are and fill them later', () => {
    expect(pseudoLocalizeText('Sent to {invitee} in {seconds} s')).toMatch(/^\[Šéñţ ţö \{invitee\} îñ \{seconds\} š ·+\]$/);
  });
});

describe('given the dialog in the pseudo-locale', () => {
  it('should render no text that skipped the catalog when open', async () => {
    const { container } = await renderDialog();
    expect(notPseudoLocalized(container)).toEqual([]);
    expect(screen.getByRole('button', { name: enXA.trigger })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: enXA.close })).toBeInTheDocument();
  });

  it('should notice text and labels that skipped the catalog', async () => {
    const { container, dialog } = await renderDialog();
    const hardCoded = document.createElement('button');
    hardCoded.textContent = 'Send';
    hardCoded.setAttribute('aria-label', 'Send now');
    dialog.append(hardCoded);
    expect(notPseudoLocalized(container)).toEqual(['Send', 'aria-label="Send now"']);
  });

  it('should pseudo-localize the validation message', async () => {
    const user = userEvent.setup();
    const { container, dialog } = await renderDialog();
    await user.type(within(dialog).getByRole('textbox', { name: enXA['field.label'] }), 'not an email');
    await user.click(within(dialog).getByRole('button', { name: enXA.submit }));
    expect(await within(dialog).findByText(enXA['validation.email'])).toBeInTheDocument();
    expect(notPseudoLocalized(container)).toEqual([]);
  });

  it('should pseudo-localize a server error and the server’s own message around it', async () => {
    const user = userEvent.setup();
    const { container, dialog } = await renderDialog(json(403, { success: false, type: 'forbidden', message: 'Forbidden' }));
    await user.type(within(dialog).getByRole('textbox', { name: enXA['field.label'] }), 'a@example.com');
    await user.click(within(dialog).getByRole('button', { name: enXA.submit }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(enXA['error.forbidden']);
    expect(notPseudoLocalized(container)).toEqual([]);
  });

  it('should pseudo-localize the countdown and its announcement while waiting', async () => {
    const user = userEvent.setup();
    const { container, dialog } = await renderDialog(
      json(429, { success: false, type: 'rate_limit_exceeded', message: 'Slow down' }, { 'Retry-After': '30' }),
    );
    await user.type(within(dialog).getByRole('textbox', { name: enXA['field.label'] }), '153');
    await user.click(within(dialog).getByRole('button', { name: enXA.submit }));
    expect(await within(dialog).findByRole('timer')).toHaveTextContent(/^\[.*30.*\]$/);
    expect(notPseudoLocalized(container)).toEqual([]);
  });

  it('should pseudo-localize the success state', async () => {
    const user = userEvent.setup();
    const { container, dialog } = await renderDialog();
    await user.type(within(dialog).getByRole('textbox', { name: enXA['field.label'] }), 'a@example.com');
    await user.click(within(dialog).getByRole('button', { name: enXA.submit }));
    expect(await within(dialog).findByRole('button', { name: enXA.inviteAnother })).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('a@example.com');
    expect(notPseudoLocalized(container)).toEqual([]);
  });
});
