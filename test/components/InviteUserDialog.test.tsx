import { onlineManager } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { StrictMode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createInviteClient, type InviteClientOptions } from '../../src/api/createInviteClient.js';
import type { InviteErrorType } from '../../src/api/inviteErrorTypes.js';
import { InviteKitProvider } from '../../src/components/InviteKitProvider.js';
import { InviteUserDialog, type InviteUserDialogProps } from '../../src/components/InviteUserDialog.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { loadCatalog } from '../../src/messages/catalogs.js';

const BASE_URL = 'https://api.example.test/auth';
const ENDPOINT = `${BASE_URL}/v1/groups/:groupId/inviteUser`;
const FIVE_MINUTES = 5 * 60_000;

const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  onlineManager.setOnline(true);
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

function makeClient(overrides: Partial<InviteClientOptions> = {}) {
  return createInviteClient({ baseUrl: BASE_URL, clientId: 'my-client-id', getAccessToken: () => 'token', ...overrides });
}

/**
 * Answers the n-th request with the n-th response (the last one repeats) and
 * records the JSON body of every request that reached the server.
 */
function serve(...responses: Array<() => Response | Promise<Response>>) {
  const seen = { count: 0, bodies: [] as unknown[] };
  server.use(
    http.put(ENDPOINT, async ({ request }) => {
      const respond = responses[Math.min(seen.count, responses.length - 1)]!;
      seen.count += 1;
      seen.bodies.push(await request.json());
      return respond();
    }),
  );
  return seen;
}

const failWith = (status: number, headers: Record<string, string> = {}) => () =>
  HttpResponse.json({ success: false, message: `failed with ${status}` }, { status, headers });
const succeed = () => HttpResponse.json({ success: true, data: {} });

/**
 * Fake timers for countdowns. Testing Library only knows Jest's fake timers:
 * its async wrapper, which every user-event call goes through, waits on a
 * `setTimeout(0)` that a faked clock fires only when it can advance the clock
 * through a global `jest`.
 */
function useFakeClock() {
  vi.useFakeTimers();
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
}

/** Renders an open dialog (unless told otherwise) with a fresh client; user-event follows fake timers when they are on. */
function renderDialog(props: Partial<InviteUserDialogProps> = {}) {
  const client = props.client ?? makeClient();
  const user = userEvent.setup(vi.isFakeTimers() ? { advanceTimers: vi.advanceTimersByTime } : {});
  const view = render(<InviteUserDialog groupId="1234" defaultOpen {...props} client={client} />);
  return { ...view, user, client };
}

const field = () => screen.getByRole('textbox', { name: en['field.label'] });
const submitButton = () => screen.getByRole('button', { name: en.submit });
const form = () => screen.getByRole('dialog').querySelector('form')!;
/** Moves the fake clock and lets every response and re-render that falls due settle. */
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const autoText = (seconds: number) => en['retry.auto'][seconds === 1 ? 'one' : 'other'].replace('{seconds}', String(seconds));
const countdownText = (seconds: number) =>
  en['retry.countdown'][seconds === 1 ? 'one' : 'other'].replace('{seconds}', String(seconds));

describe('InviteUserDialog', () => {
  describe('given the default trigger', () => {
    it('should open the dialog with focus in the field when the trigger is clicked', async () => {
      const { user } = renderDialog({ defaultOpen: false });
      expect(screen.queryByRole('dialog')).toBeNull();

      await user.click(screen.getByRole('button', { name: en.trigger }));

      expect(screen.getByRole('dialog', { name: en.title })).toBeInTheDocument();
      expect(field()).toHaveFocus();
      expect(screen.getByRole('button', { name: en.trigger })).toHaveAttribute('aria-expanded', 'true');
    });
  });

  describe('given a custom trigger', () => {
    it('should open the dialog from it and still call its own onClick', async () => {
      const onClick = vi.fn();
      const { user } = renderDialog({ defaultOpen: false, trigger: <button onClick={onClick}>Add a member</button> });
      expect(screen.queryByRole('button', { name: en.trigger })).toBeNull();

      await user.click(screen.getByRole('button', { name: 'Add a member' }));

      expect(onClick).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('dialog', { name: en.title })).toBeInTheDocument();
    });

    it('should stay closed when its onClick prevents the default', async () => {
      const { user } = renderDialog({
        defaultOpen: false,
        trigger: <button onClick={(event) => event.preventDefault()}>Add a member</button>,
      });

      await user.click(screen.getByRole('button', { name: 'Add a member' }));

      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  describe('given a controlled open state', () => {
    it('should ask onOpenChange to open and close, and follow only the open prop', async () => {
      const onOpenChange = vi.fn();
      const { user, client, rerender } = renderDialog({ open: false, onOpenChange });

      await user.click(screen.getByRole('button', { name: en.trigger }));
      expect(onOpenChange).toHaveBeenLastCalledWith(true);
      expect(screen.queryByRole('dialog')).toBeNull();

      rerender(<InviteUserDialog groupId="1234" client={client} open onOpenChange={onOpenChange} />);
      expect(screen.getByRole('dialog', { name: en.title })).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: en.cancel }));
      expect(onOpenChange).toHaveBeenLastCalledWith(false);
      expect(screen.getByRole('dialog', { name: en.title })).toBeInTheDocument();

      rerender(<InviteUserDialog groupId="1234" client={client} open={false} onOpenChange={onOpenChange} />);
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  describe('given defaultOpen', () => {
    it('should start open, close on Cancel and open again from the trigger', async () => {
      const onOpenChange = vi.fn();
      const { user } = renderDialog({ defaultOpen: true, onOpenChange });
      expect(screen.getByRole('dialog', { name: en.title })).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: en.cancel }));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(onOpenChange).toHaveBeenLastCalledWith(false);

      await user.click(screen.getByRole('button', { name: en.trigger }));
      expect(screen.getByRole('dialog', { name: en.title })).toBeInTheDocument();
    });
  });

  describe('given neither a client prop nor an InviteKitProvider', () => {
    it('should throw an error that names both ways to supply a client', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});

      expect(() => render(<InviteUserDialog groupId="1234" />)).toThrow(/`client` prop.*<InviteKitProvider client>/);
    });
  });

  describe('given an InviteKitProvider', () => {
    it('should take the client and message overrides from it', async () => {
      const seen = serve(succeed);
      const user = userEvent.setup();
      render(
        <InviteKitProvider client={makeClient()} messages={{ submit: 'Invite them' }}>
          <InviteUserDialog groupId="1234" defaultOpen />
        </InviteKitProvider>,
      );

      await user.type(field(), 'someone@example.org');
      await user.click(screen.getByRole('button', { name: 'Invite them' }));

      expect(await screen.findByText(en.success.replace('{invitee}', 'someone@example.org'))).toBeInTheDocument();
      expect(seen.count).toBe(1);
    });

    it('should take the locale from it', async () => {
      render(
        <InviteKitProvider client={makeClient()} locale="ar">
          <InviteUserDialog groupId="1234" defaultOpen />
        </InviteKitProvider>,
      );

      expect(await screen.findByRole('dialog', { name: ar.title })).toHaveAttribute('dir', 'rtl');
    });

    it('should let the props win over it', async () => {
      render(
        <InviteKitProvider client={makeClient()} locale="ar" messages={{ submit: 'Invite them' }}>
          <InviteUserDialog groupId="1234" defaultOpen locale="en" messages={{ submit: 'Send it' }} />
        </InviteKitProvider>,
      );

      expect(screen.getByRole('dialog', { name: en.title })).toHaveAttribute('dir', 'ltr');
      expect(screen.getByRole('button', { name: 'Send it' })).toBeInTheDocument();
    });
  });

  describe('given an invalid value', () => {
    it.each([
      ['nothing', '', en['validation.required']],
      ['blank space', '   ', en['validation.required']],
      ['"abc"', 'abc', en['validation.email']],
      ['"0"', '0', en['validation.userId']],
      ['"99999999999999999999"', '99999999999999999999', en['validation.userId']],
    ])('should show a message at the field for %s and send nothing', async (_name, value, message) => {
      const seen = serve(succeed);
      const { user } = renderDialog();

      if (value) await user.type(field(), value);
      await user.click(submitButton());

      await waitFor(() => expect(field()).toHaveAttribute('aria-invalid', 'true'));
      expect(field()).toHaveAccessibleDescription(message);
      expect(field()).toHaveFocus();
      expect(screen.getByRole('alert')).toBeEmptyDOMElement();
      expect(seen.count).toBe(0);
    });

    it('should send once the value is corrected', async () => {
      const seen = serve(succeed);
      const { user } = renderDialog();

      await user.type(field(), 'abc');
      await user.click(submitButton());
      await waitFor(() => expect(field()).toHaveAttribute('aria-invalid', 'true'));
      await user.type(field(), '@example.org');
      await user.click(submitButton());

      expect(await screen.findByText(en.success.replace('{invitee}', 'abc@example.org'))).toBeInTheDocument();
      expect(seen.bodies).toEqual([{ email: 'abc@example.org' }]);
    });
  });

  describe('given a valid value', () => {
    it.each([
      ['an email, trimmed with its domain lower-cased', '  Ali+Tag@Example.COM ', { email: 'Ali+Tag@example.com' }],
      // The domain as the URL parser leaves it (UTS #46): its ASCII form.
      ['an email with an internationalized domain', 'anna@Bücher.Example', { email: 'anna@xn--bcher-kva.example' }],
      ['a user ID, as a JSON number', '153', { userId: 153 }],
      ['a user ID in Arabic-Indic digits, as a JSON number', '١٥٣', { userId: 153 }],
    ])('should send %s', async (_name, value, body) => {
      const seen = serve(succeed);
      const { user } = renderDialog();

      await user.type(field(), value);
      await user.click(submitButton());

      await waitFor(() => expect(seen.count).toBe(1));
      expect(seen.bodies[0]).toStrictEqual(body);
    });
  });

  describe('given an error response', () => {
    const neverAnswer = () => new Promise<Response>(() => {});
    const cases: Array<[InviteErrorType, 'field' | 'alert', () => Response | Promise<Response>]> = [
      ['invalid_request', 'field', failWith(400)],
      ['unauthorized', 'alert', failWith(401)],
      ['forbidden', 'alert', failWith(403)],
      ['not_found', 'alert', failWith(404)],
      ['unprocessable_entity', 'field', failWith(422)],
      ['rate_limit_exceeded', 'alert', failWith(429)],
      ['internal_server_error', 'alert', failWith(500)],
      ['bad_gateway', 'alert', failWith(502)],
      ['service_unavailable', 'alert', failWith(503)],
      ['gateway_timeout', 'alert', failWith(504)],
      ['network_error', 'alert', () => HttpResponse.error()],
      ['timeout', 'alert', neverAnswer],
      ['unknown_error', 'alert', () => HttpResponse.json({ success: false })],
    ];

    it('should cover every error type', () => {
      expect(cases.map(([type]) => `error.${type}`).sort()).toEqual(
        Object.keys(en)
          .filter((key) => key.startsWith('error.') && key !== 'error.details' && key !== 'error.setup')
          .sort(),
      );
    });

    it.each(cases)('should show the message for %s in the %s and keep the typed value', async (type, place, respond) => {
      serve(respond);
      const { user } = renderDialog({ client: makeClient({ timeoutMs: 50 }) });
      const message = en[`error.${type}`];

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());

      if (place === 'field') {
        await waitFor(() => expect(field()).toHaveAttribute('aria-invalid', 'true'));
        expect(field()).toHaveAccessibleDescription(message);
        expect(field()).toHaveFocus();
        expect(screen.getByRole('alert')).toBeEmptyDOMElement();
      } else {
        await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(message));
        expect(field()).not.toHaveAttribute('aria-invalid');
        expect(field()).not.toHaveAccessibleDescription();
      }
      expect(field()).toHaveValue('someone@example.org');
    });

    it("should show the server's message as plain text, never as markup", async () => {
      serve(() => HttpResponse.json({ success: false, type: 'forbidden', message: '<img src=x onerror=alert(1)>' }, { status: 403 }));
      const { user, baseElement } = renderDialog();

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());

      expect(await screen.findByText(en['error.details'].replace('{message}', '<img src=x onerror=alert(1)>'))).toBeInTheDocument();
      expect(baseElement.querySelector('img')).toBeNull();
    });
  });

  describe('given a 429 with Retry-After: 30', () => {
    it('should count down silently in a timer from 30, one number per second', async () => {
      useFakeClock();
      serve(failWith(429, { 'Retry-After': '30' }), failWith(403));
      const { user } = renderDialog();

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());
      await advance(0);

      const shown: string[] = [screen.getByRole('timer').textContent ?? ''];
      for (let second = 1; second < 30; second++) {
        await advance(1_000);
        shown.push(screen.getByRole('timer').textContent ?? '');
      }

      expect(shown).toEqual(Array.from({ length: 30 }, (_, i) => autoText(30 - i)));
    });

    it('should announce the start and the end of the wait once each through the status region', async () => {
      useFakeClock();
      // The retry's answer is held until the test lets it go, to see "Retrying…" while it is out.
      let answerRetry!: () => void;
      const held = new Promise<void>((resolve) => (answerRetry = resolve));
      serve(failWith(429, { 'Retry-After': '30' }), async () => {
        await held;
        return failWith(403)();
      });
      const { user } = renderDialog();
      const region = screen.getByRole('status');
      const announced: string[] = [];
      const observer = new MutationObserver(() => announced.push(region.textContent ?? ''));
      observer.observe(region, { childList: true, subtree: true, characterData: true });

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());
      await advance(0);
      for (let second = 0; second <= 31; second++) await advance(1_000);
      expect(announced).toEqual([autoText(30), en['retry.retrying']]);

      // Once the retry is answered (a 403, shown in the alert), "Retrying…" is cleared, not left behind.
      answerRetry();
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(en['error.forbidden']));
      observer.disconnect();
      expect(region.textContent).toBe('');
    });

    it('should mark the submit button aria-disabled and send nothing for a click or Enter', async () => {
      useFakeClock();
      const seen = serve(failWith(429, { 'Retry-After': '30' }));
      const { user } = renderDialog();

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());
      await advance(0);
      expect(form()).toHaveAttribute('data-status', 'waiting');
      expect(submitButton()).toHaveAttribute('aria-disabled', 'true');

      await user.click(submitButton());
      await user.type(field(), '{Enter}');
      await advance(29_000);

      expect(seen.count).toBe(1);
    });

    it.each([
      ['the Cancel button', en.cancel],
      ['the close button', en.close],
    ])('should send nothing more after the dialog is closed with %s', async (_name, label) => {
      useFakeClock();
      const seen = serve(failWith(429, { 'Retry-After': '30' }));
      const { user } = renderDialog();

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());
      await advance(0);
      expect(screen.getByRole('timer')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: label }));
      expect(screen.queryByRole('dialog')).toBeNull();
      await advance(FIVE_MINUTES);

      expect(seen.count).toBe(1);
    });
  });

  describe('given a 500 with Retry-After: 10', () => {
    it('should announce the start and the end of the wait once each', async () => {
      useFakeClock();
      serve(failWith(500, { 'Retry-After': '10' }));
      const { user } = renderDialog();
      const region = screen.getByRole('status');
      const announced: string[] = [];
      const observer = new MutationObserver(() => announced.push(region.textContent ?? ''));
      observer.observe(region, { childList: true, subtree: true, characterData: true });

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());
      await advance(0);
      for (let second = 0; second <= 11; second++) await advance(1_000);
      observer.disconnect();

      expect(announced).toEqual([countdownText(10), en['retry.ready']]);
      expect(screen.getByRole('button', { name: en['retry.now'] })).toBeInTheDocument();
    });
  });

  describe('given a 429 with Retry-After: 120, above the cap', () => {
    it('should show the time to try again at, and offer "Try again" only once it has come', async () => {
      useFakeClock();
      const seen = serve(failWith(429, { 'Retry-After': '120' }), succeed);
      const { user } = renderDialog({ locale: 'en' });

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());
      await advance(0);

      const time = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(Date.now() + 120_000);
      expect(screen.getByRole('timer')).toHaveTextContent(en['retry.at'].replace('{time}', time));
      expect(screen.queryByRole('button', { name: en['retry.now'] })).toBeNull();

      await advance(120_000);
      expect(seen.count).toBe(1);
      await user.click(screen.getByRole('button', { name: en['retry.now'] }));
      await advance(0);

      expect(seen.count).toBe(2);
    });
  });

  describe('given a 500', () => {
    it('should offer "Try again", which sends once', async () => {
      const seen = serve(failWith(500), succeed);
      const { user } = renderDialog();

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());
      const retry = await screen.findByRole('button', { name: en['retry.now'] });
      expect(form()).toHaveAttribute('data-status', 'error');

      await user.dblClick(retry);

      expect(await screen.findByText(en.success.replace('{invitee}', 'someone@example.org'))).toBeInTheDocument();
      expect(seen.count).toBe(2);
    });
  });

  describe('given a request in flight', () => {
    it('should show submitting, mark the submit button aria-disabled and send nothing more when clicked', async () => {
      let answer: (response: Response) => void = () => {};
      const seen = serve(() => new Promise<Response>((resolve) => (answer = resolve)));
      const { user } = renderDialog();
      expect(form()).toHaveAttribute('data-status', 'idle');

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());
      await waitFor(() => expect(seen.count).toBe(1));

      const sending = screen.getByRole('button', { name: en.submitting });
      expect(form()).toHaveAttribute('data-status', 'submitting');
      expect(sending).toHaveAttribute('aria-disabled', 'true');
      await user.click(sending);
      await user.type(field(), '{Enter}');

      answer(succeed());
      expect(await screen.findByText(en.success.replace('{invitee}', 'someone@example.org'))).toBeInTheDocument();
      expect(form()).toHaveAttribute('data-status', 'success');
      expect(seen.count).toBe(1);
    });
  });

  describe('given an impatient user', () => {
    it('should send one request for two clicks in the same tick', async () => {
      const seen = serve(succeed);
      const { user } = renderDialog();
      await user.type(field(), 'someone@example.org');

      // Both clicks land before React or react-hook-form run anything.
      act(() => {
        submitButton().click();
        submitButton().click();
      });

      expect(await screen.findByText(en.success.replace('{invitee}', 'someone@example.org'))).toBeInTheDocument();
      expect(seen.count).toBe(1);
    });

    it('should send one request for a held Enter key', async () => {
      const seen = serve(succeed);
      const { user } = renderDialog();
      await user.type(field(), 'someone@example.org');

      // Enter pressed and held: eight auto-repeated keydowns, then the keyup.
      await user.keyboard('{Enter>8/}');

      expect(await screen.findByText(en.success.replace('{invitee}', 'someone@example.org'))).toBeInTheDocument();
      expect(seen.count).toBe(1);
    });
  });

  describe('given a successful invitation', () => {
    it('should confirm it, call onInvited once and move focus to "Invite someone else"', async () => {
      serve(succeed);
      const onInvited = vi.fn();
      const { user } = renderDialog({ onInvited });

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());

      expect(await screen.findByRole('status')).toHaveTextContent(en.success.replace('{invitee}', 'someone@example.org'));
      expect(screen.getByRole('button', { name: en.inviteAnother })).toHaveFocus();
      expect(onInvited).toHaveBeenCalledTimes(1);
      expect(onInvited).toHaveBeenCalledWith({ groupId: '1234', invitee: { email: 'someone@example.org' }, message: null });
    });

    it('should start over with an empty, focused field after "Invite someone else"', async () => {
      const seen = serve(succeed);
      const { user } = renderDialog();

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());
      await user.click(await screen.findByRole('button', { name: en.inviteAnother }));

      expect(field()).toHaveValue('');
      expect(field()).toHaveFocus();
      expect(form()).toHaveAttribute('data-status', 'idle');
      expect(screen.getByRole('status')).toHaveTextContent('');

      await user.type(field(), '153');
      await user.click(submitButton());
      expect(await screen.findByText(en.success.replace('{invitee}', '153'))).toBeInTheDocument();
      expect(seen.bodies).toEqual([{ email: 'someone@example.org' }, { userId: 153 }]);
    });
  });

  describe('given a messages prop', () => {
    it('should override that one message and keep the others in English', () => {
      renderDialog({ messages: { submit: 'Invite them' } });

      expect(screen.getByRole('button', { name: 'Invite them' })).toBeInTheDocument();
      expect(screen.getByRole('dialog', { name: en.title })).toBeInTheDocument();
      expect(field()).toBeInTheDocument();
      expect(screen.getByRole('button', { name: en.cancel })).toBeInTheDocument();
    });
  });

  describe('given locale="ar"', () => {
    it('should render in Arabic, right to left, once its catalog has loaded', async () => {
      renderDialog({ locale: 'ar' });

      const dialog = await screen.findByRole('dialog', { name: ar.title });
      expect(dialog).toHaveAttribute('dir', 'rtl');
      expect(screen.getByRole('textbox', { name: ar['field.label'] })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: ar.submit })).toBeInTheDocument();
    });
  });

  describe('given locale="ar-EG"', () => {
    it('should count down in Arabic-Indic digits', async () => {
      await loadCatalog('ar');
      useFakeClock();
      serve(failWith(429, { 'Retry-After': '30' }));
      const { user } = renderDialog({ locale: 'ar-EG' });

      await user.type(screen.getByRole('textbox', { name: ar['field.label'] }), 'someone@example.org');
      await user.click(screen.getByRole('button', { name: ar.submit }));
      await advance(0);
      expect(screen.getByRole('timer')).toHaveTextContent(ar['retry.auto'].other.replace('{seconds}', '٣٠'));

      await advance(1_000);
      expect(screen.getByRole('timer')).toHaveTextContent(ar['retry.auto'].other.replace('{seconds}', '٢٩'));
    });

    it('should use the Arabic plural forms for 11, 3, 2 and 1 seconds', async () => {
      await loadCatalog('ar');
      useFakeClock();
      serve(failWith(429, { 'Retry-After': '11' }));
      const { user } = renderDialog({ locale: 'ar-EG' });

      await user.type(screen.getByRole('textbox', { name: ar['field.label'] }), 'someone@example.org');
      await user.click(screen.getByRole('button', { name: ar.submit }));
      await advance(0);
      const timer = () => screen.getByRole('timer').textContent;

      expect(timer()).toBe('ستُعاد المحاولة تلقائيًا بعد ١١ ثانية…');
      await advance(8_000);
      expect(timer()).toBe('ستُعاد المحاولة تلقائيًا بعد ٣ ثوانٍ…');
      await advance(1_000);
      expect(timer()).toBe('ستُعاد المحاولة تلقائيًا بعد ثانيتين…');
      await advance(1_000);
      expect(timer()).toBe('ستُعاد المحاولة تلقائيًا بعد ثانية واحدة…');
    });
  });

  describe('given the browser is offline', () => {
    it('should say so, send nothing, and send once when the connection returns', async () => {
      const seen = serve(succeed);
      const { user } = renderDialog();
      act(() => onlineManager.setOnline(false));

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());

      expect(await screen.findByText(en.offline, { selector: '[data-slot="offline"]' })).toBeInTheDocument();
      expect(form()).toHaveAttribute('data-status', 'waiting');
      expect(seen.count).toBe(0);

      act(() => onlineManager.setOnline(true));
      expect(await screen.findByText(en.success.replace('{invitee}', 'someone@example.org'))).toBeInTheDocument();
      expect(seen.count).toBe(1);
    });

    it('should send nothing when the dialog was closed before the connection returned', async () => {
      useFakeClock();
      const seen = serve(succeed);
      const { user } = renderDialog();
      act(() => onlineManager.setOnline(false));

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());
      await advance(0);
      await user.click(screen.getByRole('button', { name: en.cancel }));
      act(() => onlineManager.setOnline(true));
      await advance(FIVE_MINUTES);

      expect(seen.count).toBe(0);
    });
  });

  describe('given React StrictMode', () => {
    it('should send one request per submission', async () => {
      const seen = serve(succeed);
      const user = userEvent.setup();
      render(
        <StrictMode>
          <InviteUserDialog groupId="1234" client={makeClient()} defaultOpen />
        </StrictMode>,
      );

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());

      expect(await screen.findByText(en.success.replace('{invitee}', 'someone@example.org'))).toBeInTheDocument();
      expect(seen.count).toBe(1);
    });
  });

  describe('given the form status', () => {
    it('should go idle → submitting → waiting for a 429', async () => {
      useFakeClock();
      let answer: (response: Response) => void = () => {};
      serve(() => new Promise<Response>((resolve) => (answer = resolve)));
      const { user } = renderDialog();
      expect(form()).toHaveAttribute('data-status', 'idle');

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());
      await advance(0);
      expect(form()).toHaveAttribute('data-status', 'submitting');

      answer(failWith(429, { 'Retry-After': '30' })());
      await advance(0);
      expect(form()).toHaveAttribute('data-status', 'waiting');
    });

    it('should go idle → submitting → error for a 403', async () => {
      useFakeClock();
      let answer: (response: Response) => void = () => {};
      serve(() => new Promise<Response>((resolve) => (answer = resolve)));
      const { user } = renderDialog();
      expect(form()).toHaveAttribute('data-status', 'idle');

      await user.type(field(), 'someone@example.org');
      await user.click(submitButton());
      await advance(0);
      expect(form()).toHaveAttribute('data-status', 'submitting');

      answer(failWith(403)());
      await advance(0);
      expect(form()).toHaveAttribute('data-status', 'error');
    });
  });
});
