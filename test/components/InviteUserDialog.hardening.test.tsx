import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InviteUserDialog, type InviteUserDialogProps } from '../../src/components/InviteUserDialog.js';
import { en } from '../../src/locales/en.js';
import { failWith, makeClient, serveInOrder, succeed, useMockApi } from '../support/mockApi.js';

const server = useMockApi();
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const serve = (...responses: Array<() => Response | Promise<Response>>) => serveInOrder(server, ...responses);

/** Fake timers Testing Library's async helpers can advance (they only know Jest's). */
function useFakeClock(now?: number) {
  vi.useFakeTimers(now === undefined ? {} : { now });
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
}
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function renderDialog(props: Partial<InviteUserDialogProps> = {}) {
  const user = userEvent.setup(vi.isFakeTimers() ? { advanceTimers: vi.advanceTimersByTime } : {});
  const client = props.client ?? makeClient();
  const view = render(<InviteUserDialog groupId="1234" {...props} client={client} />);
  return { ...view, user, client };
}

const field = () => screen.getByRole('textbox', { name: en['field.label'] });
const trigger = () => screen.getByRole('button', { name: en.trigger });

describe('given jsdom, which has no HTMLDialogElement#showModal', () => {
  it('should have no showModal here, so these tests run without a polyfill as a host’s do', () => {
    expect(HTMLDialogElement.prototype.showModal).toBeUndefined();
  });

  it('should open with the open attribute and focus the field', async () => {
    const { user } = renderDialog();
    await user.click(trigger());

    expect(screen.getByRole('dialog', { name: en.title })).toHaveAttribute('open');
    expect(field()).toHaveFocus();
  });

  it('should close on Escape and give focus back to the trigger', async () => {
    const { user } = renderDialog();
    await user.click(trigger());
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger()).toHaveFocus();
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
  });

  it('should keep Tab inside the dialog', async () => {
    const { user } = renderDialog();
    await user.click(trigger());
    await user.tab({ shift: true });

    expect(screen.getByRole('button', { name: en.close })).toHaveFocus();
    await user.tab();
    expect(field()).toHaveFocus();
  });

  it('should invite someone and show the success, as a host’s test would', async () => {
    serve(succeed);
    const onInvited = vi.fn();
    const { user } = renderDialog({ onInvited });
    await user.click(trigger());
    await user.type(field(), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: en.submit }));

    expect(await screen.findByText('Invitation sent to ada@example.org.')).toBeInTheDocument();
    expect(onInvited).toHaveBeenCalledTimes(1);
  });

  it('should show a 403 in the alert and keep what was typed', async () => {
    serve(failWith(403));
    const { user } = renderDialog();
    await user.click(trigger());
    await user.type(field(), '153');
    await user.click(screen.getByRole('button', { name: en.submit }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(en['error.forbidden']));
    expect(field()).toHaveValue('153');
  });
});

describe('given the host keeps open true', () => {
  it('should replace the panel and show the dialog again when the browser closes it by itself', async () => {
    let answer!: () => void;
    serve(() => new Promise<Response>((resolve) => (answer = () => resolve(succeed()))));
    const onOpenChange = vi.fn();
    const { user } = renderDialog({ open: true, onOpenChange });
    await user.type(field(), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: en.submit }));
    const dialog = screen.getByRole('dialog');

    // What Chromium does on a second Escape: closes the native dialog, whatever was asked.
    act(() => {
      dialog.removeAttribute('open');
      dialog.dispatchEvent(new Event('close'));
    });

    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(dialog).toHaveAttribute('open');
    // A fresh panel: the field is empty again, and the old request's answer changes nothing.
    expect(field()).toHaveValue('');
    answer();
    await act(() => Promise.resolve());
    expect(screen.queryByText('Invitation sent to ada@example.org.')).toBeNull();
  });

  it('should close when a controlled host follows onOpenChange, and the trigger opens it again', async () => {
    function Host() {
      const [open, setOpen] = useState(true);
      return <InviteUserDialog groupId="1234" client={makeClient()} open={open} onOpenChange={setOpen} />;
    }
    const user = userEvent.setup();
    render(<Host />);
    const dialog = screen.getByRole('dialog');
    act(() => {
      dialog.removeAttribute('open');
      dialog.dispatchEvent(new Event('close'));
    });
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(trigger());
    expect(screen.getByRole('dialog')).toHaveAttribute('open');
  });
});

describe('given a mistake in the host’s setup', () => {
  it.each([
    ['an empty groupId (a route param not loaded yet)', ''],
    ['a number for groupId', 42 as unknown as string],
  ])('should say the dialog is not set up, offer no "Try again", and tell the developer, for %s', async (_name, groupId) => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen = serve(succeed);
    const { user } = renderDialog({ groupId, defaultOpen: true });
    await user.type(field(), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: en.submit }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(en['error.setup']));
    expect(screen.queryByRole('button', { name: en['retry.now'] })).toBeNull();
    expect(seen.count).toBe(0);
    expect(consoleError.mock.calls.some(([message]) => String(message).includes('groupId'))).toBe(true);
    expect(field()).toHaveValue('ada@example.org');
  });
});

describe('given a wait that ends on another day', () => {
  it('should show the date as well as the time', async () => {
    // 23:00 local time, and a wait of 25 hours.
    const lateEvening = new Date(2026, 11, 1, 23, 0, 0).getTime();
    useFakeClock(lateEvening);
    serve(failWith(429, { 'Retry-After': String(25 * 3600) }));
    const { user } = renderDialog({ defaultOpen: true, locale: 'en' });
    await user.type(field(), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: en.submit }));
    await advance(0);

    const ends = lateEvening + 25 * 3_600_000;
    const withDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(ends);
    expect(screen.getByRole('timer')).toHaveTextContent(en['retry.at'].replace('{time}', withDate));
  });

  it('should show only the time when the wait ends today', async () => {
    const morning = new Date(2026, 11, 1, 9, 0, 0).getTime();
    useFakeClock(morning);
    serve(failWith(429, { 'Retry-After': '3600' }));
    const { user } = renderDialog({ defaultOpen: true, locale: 'en' });
    await user.type(field(), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: en.submit }));
    await advance(0);

    const time = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(morning + 3_600_000);
    expect(screen.getByRole('timer')).toHaveTextContent(en['retry.at'].replace('{time}', time));
  });
});

describe('given "Try again" is pressed', () => {
  it('should keep focus in the dialog while the retry is out, and after it fails again', async () => {
    useFakeClock();
    let answer!: () => void;
    serve(failWith(500), () => new Promise<Response>((resolve) => (answer = () => resolve(failWith(500)()))));
    const { user } = renderDialog({ defaultOpen: true });
    await user.type(field(), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: en.submit }));
    await advance(0);

    await user.click(screen.getByRole('button', { name: en['retry.now'] }));
    await advance(0);
    const dialog = screen.getByRole('dialog');
    expect(document.activeElement).not.toBe(document.body);
    expect(dialog.contains(document.activeElement)).toBe(true);

    answer();
    await advance(0);
    expect(screen.getByRole('button', { name: en['retry.now'] })).toBeInTheDocument();
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('should leave nothing stale in the status region after an automatic retry failed', async () => {
    useFakeClock();
    serve(() => HttpResponse.error());
    const { user } = renderDialog({ defaultOpen: true, retryPolicy: { random: () => 0 } });
    await user.type(field(), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: en.submit }));
    await advance(0);
    await advance(1_000);
    await advance(0);

    expect(screen.getByRole('dialog').querySelector('form')).toHaveAttribute('data-status', 'error');
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.getByRole('button', { name: en['retry.now'] })).toBeInTheDocument();
  });
});

describe('given no stylesheet at all', () => {
  it('should keep the screen-reader copy hidden by itself and give the close button a visible ×', async () => {
    useFakeClock();
    serve(failWith(429, { 'Retry-After': '30' }));
    const { user } = renderDialog({ defaultOpen: true });
    await user.type(field(), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: en.submit }));
    await advance(0);

    const hidden = screen.getByRole('status').firstElementChild as HTMLElement;
    expect(hidden).toHaveTextContent(en['retry.auto'].other.replace('{seconds}', '30'));
    expect(hidden.style.position).toBe('absolute');
    expect(hidden.style.clipPath).toBe('inset(50%)');
    expect(screen.getByRole('button', { name: en.close })).toHaveTextContent('×');
  });
});
