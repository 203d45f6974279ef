import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { cleanup, render } from 'vitest-browser-react';
import { page, userEvent } from 'vitest/browser';
import { createInviteClient, createTranslator, en, InviteUserDialog, type InviteUserDialogProps } from '../../src/index.js';
import '../../src/styles.css';
import { INVITE_URL, useMockWorker, warmUpTheDriver } from './support/mockWorker.js';

const worker = useMockWorker();

beforeAll(async () => {
  await warmUpTheDriver();
});
afterEach(async () => {
  vi.useRealTimers();
  await cleanup();
});

/** One request the client sent: the signal it was given, and a promise settled once fetch has answered or failed. */
interface SentRequest {
  signal: AbortSignal | undefined;
  settled: Promise<unknown>;
}

/** Renders the dialog with a fresh client; `sent` collects every request the client sends, as it calls fetch. */
async function renderDialog(props: Partial<InviteUserDialogProps> = {}) {
  const sent: SentRequest[] = [];
  const client = createInviteClient({
    baseUrl: '/api',
    clientId: 'test-client',
    getAccessToken: () => 'test-token',
    // Each test's client keeps the server's waits to itself: shared across tabs
    // (the default in a real browser), one test's 429 would hold back the next.
    shareWaitAcrossTabs: false,
    fetch: (input, init) => {
      const response = fetch(input, init);
      sent.push({ signal: init?.signal ?? undefined, settled: response.then(noop, noop) });
      return response;
    },
  });
  const screen = await render(<InviteUserDialog groupId="42" client={client} {...props} />);
  return { screen, sent };
}

const noop = () => {};
const say = createTranslator('en', en).t;

const trigger = () => page.getByRole('button', { name: en.trigger });
const dialog = () => page.getByRole('dialog', { name: en.title });
const field = () => page.getByRole('textbox', { name: en['field.label'] });

async function openDialog() {
  await trigger().click();
  await expect.element(dialog()).toBeVisible();
}

/** Waits for the animations running now (the dialog's opening), so sizes are measured on the settled layout. */
async function settleAnimations() {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
}

/**
 * From here on the client's timers (its retries and waits, and the clocks they
 * read) are fake: a wait ends only when the test advances time, never because
 * a slow machine let it run out. The page's rendering and the mock worker keep
 * real time. While they are fake, wait with `eventually`, not `expect.poll` or
 * `expect.element`: those move fake time on by their interval at every try, so
 * a slow machine would eat into the wait after all.
 */
function fakeTheClientsTimers() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
}

// The real clock and timer, taken before any test fakes them.
const realNow = Date.now;
const realSetTimeout = globalThis.setTimeout;

/** Retries `assertion` on real time until it passes, for up to 10 s, leaving fake time where it is. */
async function eventually(assertion: () => void) {
  const giveUpAt = realNow() + 10_000;
  for (;;) {
    try {
      assertion();
      return;
    } catch (error) {
      if (realNow() > giveUpAt) throw error;
    }
    await new Promise((resolve) => realSetTimeout(resolve, 20));
  }
}

/** One turn of the event loop that no fake timer can hold back: every promise chain started before it has run. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A response the mock server keeps back until the test calls `release()`. */
function heldResponse() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { released, release };
}

const rateLimited = () =>
  HttpResponse.json(
    { success: false, type: 'rate_limit_exceeded', message: 'Slow down.' },
    { status: 429, headers: { 'Retry-After': '1' } },
  );

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
    let received = 0;
    const answer = heldResponse();
    onTestFinished(answer.release);
    worker.use(
      http.put(INVITE_URL, async () => {
        received++;
        // Held until the dialog is closed: the request is in flight for as long as the test needs.
        await answer.released;
        return rateLimited();
      }),
    );
    const { sent } = await renderDialog();
    await openDialog();
    await field().fill('someone@example.org');
    fakeTheClientsTimers();
    await page.getByRole('button', { name: en.submit }).click();
    await eventually(() => expect(received).toBe(1));
    await eventually(() => expect(page.getByRole('button', { name: en.submitting }).element()).toBeVisible());
    expect(document.querySelector('form')).toHaveAttribute('data-status', 'submitting');
    await userEvent.keyboard('{Escape}');
    await eventually(() => expect(page.getByRole('dialog').query()).toBeNull());
    expect(sent).toHaveLength(1);
    expect(sent[0]?.signal?.aborted).toBe(true);
    // The server answers after all, asking for a 1 s wait: nothing may come of it,
    // however far time runs on (a retry it wrongly scheduled would go out here).
    answer.release();
    await sent[0]?.settled;
    await vi.advanceTimersByTimeAsync(60_000);
    await nextTask();
    expect(sent).toHaveLength(1);
  });

  it('should cancel the scheduled automatic retry on Escape', async () => {
    let received = 0;
    worker.use(
      http.put(INVITE_URL, () => {
        received++;
        return rateLimited();
      }),
    );
    const { sent } = await renderDialog();
    await openDialog();
    await field().fill('someone@example.org');
    // The 1 s wait runs on fake time, so it is still running when Escape is pressed, however long that takes.
    fakeTheClientsTimers();
    await page.getByRole('button', { name: en.submit }).click();
    await eventually(() => expect(page.getByRole('timer').element()).toHaveTextContent(say('retry.auto', { seconds: 1 })));
    expect(sent).toHaveLength(1);
    await userEvent.keyboard('{Escape}');
    await eventually(() => expect(page.getByRole('dialog').query()).toBeNull());
    await eventually(() => expect(trigger().element()).toHaveFocus());
    await vi.advanceTimersByTimeAsync(60_000);
    await nextTask();
    expect(sent).toHaveLength(1);
    expect(received).toBe(1);
  });
});

// What makes the two tests above meaningful: with the client's timers fake, the
// retry goes out exactly when the test moves time past the wait.
describe('given an automatic retry is scheduled', () => {
  it('should send it when its wait has passed, not before', async () => {
    let received = 0;
    worker.use(
      http.put(INVITE_URL, () => {
        received++;
        return received === 1 ? rateLimited() : HttpResponse.json({ success: true, data: {} });
      }),
    );
    const { sent } = await renderDialog();
    await openDialog();
    await field().fill('someone@example.org');
    fakeTheClientsTimers();
    await page.getByRole('button', { name: en.submit }).click();
    await eventually(() => expect(page.getByRole('timer').element()).toHaveTextContent(say('retry.auto', { seconds: 1 })));
    await vi.advanceTimersByTimeAsync(999);
    await nextTask();
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await nextTask();
    expect(sent).toHaveLength(2);
    await eventually(() =>
      expect(page.getByRole('status').element()).toHaveTextContent(say('success', { invitee: 'someone@example.org' })),
    );
    expect(received).toBe(2);
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
    // Measured once the opening animation (which scales the dialog) is over.
    await settleAnimations();
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
    await settleAnimations();
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
    await settleAnimations();
    expectTargetsAtLeast24px(interactiveTargets());
  });
});
