import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'vitest-browser-react';
import { page, userEvent } from 'vitest/browser';
import { BulkInviteDialog, createInviteClient, registerCatalogLoaders, type BulkInviteDialogProps } from '../../src/index.js';
import { bulkEn } from '../../src/locales/bulk/en.js';
import { arBulk } from '../../src/locales/bulk/ar.js';
import { en } from '../../src/locales/en.js';
import { localeLoaders } from '../../src/locales/index.js';
import '../../src/styles.css';
import { INVITE_URL, useMockWorker } from './support/mockWorker.js';

registerCatalogLoaders(localeLoaders);

const worker = useMockWorker();

afterEach(async () => {
  await cleanup();
});

async function renderBulk(props: Partial<BulkInviteDialogProps> = {}) {
  // A client per test, not shared with the other tests' tabs.
  const client = createInviteClient({ baseUrl: '/api', clientId: 'bulk-test', getAccessToken: () => 't', shareWaitAcrossTabs: false });
  await render(<BulkInviteDialog groupId="42" client={client} defaultOpen {...props} />);
  await expect.element(page.getByRole('dialog')).toBeVisible();
}

const form = () => document.querySelector('dialog form')!;
const field = () => page.getByRole('textbox');

/** What a paste does to the field: its text goes in with inputType insertFromPaste, and the field empties into the list. */
async function paste(text: string) {
  await field().click();
  const textarea = field().element() as HTMLTextAreaElement;
  textarea.value = text;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
  await expect.poll(() => textarea.value).toBe('');
}

async function submit(count: number) {
  const name = (count === 1 ? bulkEn['bulk.submit'].one : bulkEn['bulk.submit'].other).replace('{count}', String(count));
  await page.getByRole('button', { name }).click();
}

async function expectNoAxeViolations() {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  const report = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
  expect(results.violations.map((violation) => violation.id), report).toEqual([]);
}

async function expectFocusInDialog() {
  await expect.poll(() => document.activeElement !== document.body && !!document.querySelector('dialog')?.contains(document.activeElement)).toBe(true);
}

/** A response the test lets go of. */
function held() {
  let release!: () => void;
  const answer = new Promise<void>((resolve) => (release = resolve));
  return { answer, release };
}

describe.each(['light', 'dark'] as const)('given the bulk dialog, theme="%s"', (theme) => {
  it('should have no axe violations with a pasted list that needs fixing', async () => {
    await renderBulk({ theme });
    await paste('ann@x.org, bo@y.org\nnot-an-email ann@x.org');
    await expect.element(page.getByText('2 people · 1 needs fixing')).toBeVisible();
    await expectNoAxeViolations();
  });

  it('should have no axe violations while sending, with a progress bar', async () => {
    const first = held();
    worker.use(
      http.put(INVITE_URL, async () => {
        await first.answer;
        return HttpResponse.json({ success: true, data: {} });
      }),
    );
    await renderBulk({ theme });
    await paste('ann@x.org bo@y.org');
    await submit(2);
    await expect.poll(() => form().getAttribute('data-status')).toBe('running');
    await expect.element(page.getByRole('progressbar', { name: '0 of 2 done' })).toBeVisible();
    await expectFocusInDialog();
    await expectNoAxeViolations();
    first.release();
    await expect.poll(() => form().getAttribute('data-status')).toBe('done');
  });

  it('should have no axe violations while a 429 pauses it, with the countdown', async () => {
    worker.use(
      http.put(INVITE_URL, () =>
        HttpResponse.json({ success: false, type: 'rate_limit_exceeded' }, { status: 429, headers: { 'Retry-After': '30' } }),
      ),
    );
    await renderBulk({ theme });
    await paste('ann@x.org bo@y.org');
    await submit(2);
    await expect.element(page.getByRole('timer')).toBeVisible();
    expect(form().getAttribute('data-status')).toBe('waiting');
    await expectFocusInDialog();
    await expectNoAxeViolations();
  });

  it('should have no axe violations partly failed, with "Retry failed"', async () => {
    worker.use(
      http.put(INVITE_URL, async ({ request }) => {
        const body = (await request.json()) as { email?: string };
        return body.email === 'bo@y.org'
          ? HttpResponse.json({ success: false, type: 'not_found' }, { status: 404 })
          : HttpResponse.json({ success: true, data: {} });
      }),
    );
    await renderBulk({ theme });
    await paste('ann@x.org bo@y.org');
    await submit(2);
    await expect.element(page.getByRole('button', { name: bulkEn['bulk.retryFailed'] })).toBeVisible();
    await expect.element(page.getByText(en['error.not_found'])).toBeVisible();
    await expectFocusInDialog();
    await expectNoAxeViolations();
  });

  it('should have no axe violations blocked by a 403', async () => {
    worker.use(http.put(INVITE_URL, () => HttpResponse.json({ success: false, type: 'forbidden' }, { status: 403 })));
    await renderBulk({ theme });
    await paste('ann@x.org bo@y.org');
    await submit(2);
    await expect.element(page.getByRole('alert')).toHaveTextContent(en['error.forbidden']);
    await expectFocusInDialog();
    await expectNoAxeViolations();
  });

  it('should have no axe violations when done', async () => {
    worker.use(http.put(INVITE_URL, () => HttpResponse.json({ success: true, data: {} })));
    await renderBulk({ theme });
    await paste('ann@x.org bo@y.org 153');
    await submit(3);
    await expect.poll(() => form().getAttribute('data-status')).toBe('done');
    await expectFocusInDialog();
    await expectNoAxeViolations();
  });
});

describe('given the keyboard', () => {
  it('should keep Tab inside, reach every remove button, and keep focus in the dialog when one removes itself', async () => {
    await renderBulk();
    await paste('ann@x.org oops');
    const remove = page.getByRole('button', { name: 'Remove oops' });
    remove.element().focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('button', { name: 'Remove oops' })).not.toBeInTheDocument();
    await expectFocusInDialog();
    for (let i = 0; i < 8; i++) {
      await userEvent.keyboard('{Tab}');
      await expectFocusInDialog();
    }
  });

  it('should close on Escape, cancelling the batch', async () => {
    const signals: AbortSignal[] = [];
    const client = createInviteClient({
      baseUrl: '/api',
      clientId: 'bulk-test',
      getAccessToken: () => 't',
      shareWaitAcrossTabs: false,
      fetch: (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return fetch(input, init);
      },
    });
    worker.use(http.put(INVITE_URL, () => new Promise<Response>(() => {})));
    await render(<BulkInviteDialog groupId="42" client={client} defaultOpen />);
    await paste('ann@x.org bo@y.org');
    await submit(2);
    await expect.poll(() => signals.length).toBe(1);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => signals[0]!.aborted).toBe(true);
    expect(signals).toHaveLength(1);
  });
});

describe('given locale="ar"', () => {
  it('should lay out right to left, mirrored, and have no axe violations', async () => {
    await renderBulk({ locale: 'ar' });
    const dialog = page.getByRole('dialog', { name: arBulk['bulk.title'] });
    await expect.element(dialog).toHaveAttribute('dir', 'rtl');
    await paste('ann@x.org oops');
    const row = document.querySelector('[data-slot="recipient"]')!.getBoundingClientRect();
    const remove = page.getByRole('button', { name: arBulk['bulk.remove'].replace('{invitee}', 'ann@x.org') }).element().getBoundingClientRect();
    // The remove button sits at the inline end, which is the left.
    expect(remove.left - row.left).toBeLessThan(row.right - remove.right);
    await expectNoAxeViolations();
  });
});
