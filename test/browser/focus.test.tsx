import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render } from 'vitest-browser-react';
import { page, userEvent } from 'vitest/browser';
import { createInviteClient, en, InviteUserDialog, type InviteUserDialogProps } from '../../src/index.js';
import '../../src/styles.css';

const INVITE_URL = '/api/v1/groups/:groupId/inviteUser';
const worker = setupWorker();

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'error' });
});
afterEach(async () => {
  await cleanup();
  worker.resetHandlers();
});
afterAll(() => {
  worker.stop();
});

/** Renders the dialog with a fresh client; `signals` collects the abort signal of every request the client sends. */
async function renderDialog(props: Partial<InviteUserDialogProps> = {}) {
  const signals: AbortSignal[] = [];
  const client = createInviteClient({
    baseUrl: '/api',
    clientId: 'test-client',
    getAccessToken: () => 'test-token',
    fetch: (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return fetch(input, init);
    },
  });
  const screen = await render(<InviteUserDialog groupId="42" client={client} {...props} />);
  return { screen, signals };
}

const trigger = () => page.getByRole('button', { name: en.trigger });
const dialog = () => page.getByRole('dialog', { name: en.title });
const field = () => page.getByRole('textbox', { name: en['field.label'] });

async function openDialog() {
  await trigger().click();
  await expect.element(dialog()).toBeVisible();
}

/** Real time passes here on purpose: this is about the live dialog, not the countdown's arithmetic. */
const elapse = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('given the dialog is opened with its trigger', () => {
  it('should move focus into the "Email or user ID" field', async () => {
    await renderDialog();
    await openDialog();
    await expect.element(field()).toHaveFocus();
    await expect.element(trigger()).toHaveAttribute('aria-expanded', 'true');
  });

  it('should name the dialog by its visible title and mark it modal', async () => {
    await renderDialog();
    await openDialog();
    const element = dialog().element();
    const title = document.getElementById(element.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toBe(en.title);
    await expect.element(page.getByRole('heading', { name: en.title })).toBeVisible();
    expect(element).toHaveAttribute('aria-modal', 'true');
    // A real modal: the browser puts it in the top layer and the page behind it becomes inert.
    expect(element.matches(':modal')).toBe(true);
  });

  it('should cycle Tab from the last focusable element back to the first', async () => {
    await renderDialog();
    await openDialog();
    const close = page.getByRole('button', { name: en.close });
    const cancel = page.getByRole('button', { name: en.cancel });
    const submit = page.getByRole('button', { name: en.submit });
    await expect.element(field()).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    await expect.element(cancel).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    await expect.element(submit).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    await expect.element(close).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    await expect.element(field()).toHaveFocus();
  });

  it('should cycle Shift+Tab from the first focusable element back to the last', async () => {
    await renderDialog();
    await openDialog();
    const close = page.getByRole('button', { name: en.close });
    const cancel = page.getByRole('button', { name: en.cancel });
    const submit = page.getByRole('button', { name: en.submit });
    await expect.element(field()).toHaveFocus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(close).toHaveFocus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(submit).toHaveFocus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(cancel).toHaveFocus();
  });

  it('should close on Escape and return focus to the trigger', async () => {
    await renderDialog();
    await openDialog();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(trigger()).toHaveFocus();
    await expect.element(trigger()).toHaveAttribute('aria-expanded', 'false');
  });

  it('should close with Cancel and return focus to the trigger', async () => {
    await renderDialog();
    await openDialog();
    await page.getByRole('button', { name: en.cancel }).click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(trigger()).toHaveFocus();
  });

  it('should close with the close (×) button and return focus to the trigger', async () => {
    await renderDialog();
    await openDialog();
    await page.getByRole('button', { name: en.close }).click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(trigger()).toHaveFocus();
  });

  it('should open again after Escape with focus back in the field', async () => {
    await renderDialog();
    await openDialog();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog()).toBeVisible();
    await expect.element(field()).toHaveFocus();
  });
});

describe('given a request is pending', () => {
  it('should abort the request in flight on Escape and send nothing more', async () => {
    let requests = 0;
    worker.use(
      http.put(INVITE_URL, async () => {
        requests++;
        await elapse(300);
        return HttpResponse.json(
          { success: false, type: 'rate_limit_exceeded', message: 'Slow down.' },
          { status: 429, headers: { 'Retry-After': '1' } },
        );
      }),
    );
    const { signals } = await renderDialog();
    await openDialog();
    await field().fill('someone@example.org');
    await page.getByRole('button', { name: en.submit }).click();
    await expect.poll(() => requests).toBe(1);
    expect(document.querySelector('form')).toHaveAttribute('data-status', 'submitting');
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(true);
    // Long enough for the answer, its 1 s Retry-After and an automatic retry.
    await elapse(1500);
    expect(requests).toBe(1);
  });

  it('should cancel the scheduled automatic retry on Escape', async () => {
    let requests = 0;
    worker.use(
      http.put(INVITE_URL, () => {
        requests++;
        return HttpResponse.json(
          { success: false, type: 'rate_limit_exceeded', message: 'Slow down.' },
          { status: 429, headers: { 'Retry-After': '1' } },
        );
      }),
    );
    await renderDialog();
    await openDialog();
    await field().fill('someone@example.org');
    await page.getByRole('button', { name: en.submit }).click();
    await expect.element(page.getByRole('timer')).toBeVisible();
    expect(requests).toBe(1);
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(trigger()).toHaveFocus();
    await elapse(1500);
    expect(requests).toBe(1);
  });
});

/** Everything in the dialog a pointer or keyboard can act on. */
function interactiveTargets(): HTMLElement[] {
  const root = dialog().element();
  return Array.from(root.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])'));
}

function expectTargetsAtLeast24px(elements: HTMLElement[]) {
  expect(elements.length).toBeGreaterThan(0);
  for (const element of elements) {
    const { width, height } = element.getBoundingClientRect();
    const name = element.getAttribute('aria-label') ?? element.textContent ?? element.tagName;
    expect(width, `width of "${name}"`).toBeGreaterThanOrEqual(24);
    expect(height, `height of "${name}"`).toBeGreaterThanOrEqual(24);
  }
}

describe('given the open dialog', () => {
  it('should make the trigger and every interactive target at least 24×24 CSS px', async () => {
    await renderDialog();
    expectTargetsAtLeast24px([trigger().element() as HTMLElement]);
    await openDialog();
    const targets = interactiveTargets();
    // The close (×) button, the field, Cancel and Send invitation.
    expect(targets).toHaveLength(4);
    expectTargetsAtLeast24px(targets);
  });

  it('should keep "Try again" at least 24×24 CSS px', async () => {
    worker.use(
      http.put(INVITE_URL, () =>
        HttpResponse.json({ success: false, type: 'internal_server_error', message: 'Oops.' }, { status: 500 }),
      ),
    );
    await renderDialog();
    await openDialog();
    await field().fill('someone@example.org');
    await page.getByRole('button', { name: en.submit }).click();
    await expect.element(page.getByRole('button', { name: en['retry.now'] })).toBeVisible();
    expectTargetsAtLeast24px(interactiveTargets());
  });

  it('should keep the success actions at least 24×24 CSS px and focus in the dialog', async () => {
    worker.use(http.put(INVITE_URL, () => HttpResponse.json({ success: true, data: {} })));
    await renderDialog();
    await openDialog();
    await field().fill('someone@example.org');
    await page.getByRole('button', { name: en.submit }).click();
    const another = page.getByRole('button', { name: en.inviteAnother });
    await expect.element(another).toHaveFocus();
    expectTargetsAtLeast24px(interactiveTargets());
  });
});
