import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'vitest-browser-react';
import { page, userEvent } from 'vitest/browser';
import { createInviteClient, en, InviteUserDialog, type InviteUserDialogProps } from '../../src/index.js';
import '../../src/styles.css';
import { INVITE_URL, useMockWorker } from './support/mockWorker.js';

const worker = useMockWorker();

afterEach(async () => {
  await cleanup();
});

/** A response the test lets go of when it wants. */
function held() {
  let release!: (response: Response) => void;
  const answer = new Promise<Response>((resolve) => (release = resolve));
  return { answer, release };
}

/** A fresh client; `signals` collects the abort signal of every request it sends. */
function makeClient(signals: AbortSignal[] = []) {
  return createInviteClient({
    baseUrl: '/api',
    clientId: 'test-client',
    getAccessToken: () => 'test-token',
    // Each test its own client: no wait shared with the other tests' "tabs".
    shareWaitAcrossTabs: false,
    fetch: (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return fetch(input, init);
    },
  });
}

const field = () => page.getByRole('textbox', { name: en['field.label'] });
const dialog = () => page.getByRole('dialog', { name: en.title });
const failWith = (status: number) => HttpResponse.json({ success: false, message: `failed with ${status}` }, { status });

async function expectFocusInDialog() {
  await expect.poll(() => document.activeElement !== document.body && !!document.querySelector('dialog')?.contains(document.activeElement)).toBe(true);
}

describe('given a host that keeps open true', () => {
  function KeepsOpen({ onChange, client = makeClient() }: Partial<InviteUserDialogProps> & { onChange: (open: boolean) => void }) {
    return <InviteUserDialog groupId="42" client={client} open onOpenChange={onChange} />;
  }

  it('should keep prop and DOM in line when Escape is pressed twice: open, with its panel', async () => {
    const changes: boolean[] = [];
    await render(<KeepsOpen onChange={(open) => changes.push(open)} />);
    await expect.element(field()).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{Escape}');

    expect(changes).toEqual([false, false]);
    await expect.element(dialog()).toBeVisible();
    expect(document.querySelector('dialog')?.matches(':modal')).toBe(true);
    await expect.element(field()).toBeVisible();
  });

  it('should replace the panel, aborting its request, and show the dialog again when the browser closes it', async () => {
    const response = held();
    worker.use(http.put(INVITE_URL, () => response.answer));
    const signals: AbortSignal[] = [];
    const client = makeClient(signals);
    const changes: boolean[] = [];
    await render(<KeepsOpen client={client} onChange={(open) => changes.push(open)} />);
    await field().fill('someone@example.org');
    await page.getByRole('button', { name: en.submit }).click();
    await expect.poll(() => signals.length).toBe(1);

    // The browser closing it by itself, as Chromium does on a second close request.
    document.querySelector('dialog')!.close();

    await expect.poll(() => changes).toEqual([false]);
    await expect.poll(() => signals[0]!.aborted).toBe(true);
    await expect.element(dialog()).toBeVisible();
    expect(document.querySelector('dialog')?.matches(':modal')).toBe(true);
    await expect.element(field()).toHaveValue('');
    response.release(HttpResponse.json({ success: true, data: {} }));
  });

  it('should open again from the trigger after the browser closed it, with an uncontrolled dialog', async () => {
    await render(<InviteUserDialog groupId="42" client={makeClient()} />);
    await page.getByRole('button', { name: en.trigger }).click();
    await expect.element(dialog()).toBeVisible();
    document.querySelector('dialog')!.close();
    await expect.element(page.getByRole('button', { name: en.trigger })).toHaveAttribute('aria-expanded', 'false');

    await page.getByRole('button', { name: en.trigger }).click();
    await expect.element(dialog()).toBeVisible();
  });

  it('should close and reopen with a host that follows onOpenChange', async () => {
    function Follows() {
      const [open, setOpen] = useState(false);
      return <InviteUserDialog groupId="42" client={makeClient()} open={open} onOpenChange={setOpen} />;
    }
    await render(<Follows />);
    await page.getByRole('button', { name: en.trigger }).click();
    document.querySelector('dialog')!.close();
    await expect.poll(() => document.querySelector('dialog')?.open).toBe(false);
    await page.getByRole('button', { name: en.trigger }).click();
    await expect.element(dialog()).toBeVisible();
  });
});

describe('given "Try again" is pressed', () => {
  it('should keep focus in the dialog while the retry is out and after it fails again', async () => {
    const retry = held();
    let calls = 0;
    worker.use(
      http.put(INVITE_URL, () => {
        calls += 1;
        return calls === 1 ? failWith(500) : retry.answer;
      }),
    );
    await render(<InviteUserDialog groupId="42" client={makeClient()} defaultOpen />);
    await field().fill('someone@example.org');
    await page.getByRole('button', { name: en.submit }).click();
    const tryAgain = page.getByRole('button', { name: en['retry.now'] });
    await expect.element(tryAgain).toBeVisible();

    await tryAgain.click();
    await expect.element(page.getByRole('button', { name: en.submitting })).toBeVisible();
    await expectFocusInDialog();

    retry.release(failWith(500));
    await expect.element(tryAgain).toBeVisible();
    await expectFocusInDialog();
    // Tab still moves within the dialog from wherever focus was kept.
    await userEvent.keyboard('{Tab}');
    await expectFocusInDialog();
  });
});

describe('given the submit button while a request is out', () => {
  it('should look unavailable, stay focusable, and pass axe', async () => {
    const response = held();
    worker.use(http.put(INVITE_URL, () => response.answer));
    await render(<InviteUserDialog groupId="42" client={makeClient()} defaultOpen />);
    await field().fill('someone@example.org');
    const submit = page.getByRole('button', { name: en.submit });
    const enabledOpacity = Number(getComputedStyle(submit.element()).opacity);
    await submit.click();
    const sending = page.getByRole('button', { name: en.submitting });
    await expect.element(sending).toHaveAttribute('aria-disabled', 'true');

    await Promise.all(document.getAnimations().map((animation) => animation.finished));
    expect(Number(getComputedStyle(sending.element()).opacity)).toBeLessThan(enabledOpacity);
    expect(getComputedStyle(sending.element()).cursor).toBe('not-allowed');
    const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    response.release(HttpResponse.json({ success: true, data: {} }));
  });

  it('should make "Try again" the one primary action once it is offered', async () => {
    worker.use(http.put(INVITE_URL, () => failWith(500)));
    await render(<InviteUserDialog groupId="42" client={makeClient()} defaultOpen />);
    await field().fill('someone@example.org');
    await page.getByRole('button', { name: en.submit }).click();
    const tryAgain = page.getByRole('button', { name: en['retry.now'] });
    await expect.element(tryAgain).toBeVisible();

    const accent = getComputedStyle(document.querySelector('dialog')!).getPropertyValue('--invite-kit-accent').trim();
    const probe = document.createElement('span');
    probe.style.color = accent;
    document.body.append(probe);
    const accentRgb = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle(tryAgain.element()).backgroundColor).toBe(accentRgb);
    expect(getComputedStyle(page.getByRole('button', { name: en.submit }).element()).backgroundColor).not.toBe(accentRgb);
  });
});
