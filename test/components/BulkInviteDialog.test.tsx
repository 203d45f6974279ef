import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Profiler } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BulkInviteDialog, type BulkInviteDialogProps } from '../../src/components/BulkInviteDialog.js';
import { useBulkInvite } from '../../src/hooks/useBulkInvite.js';
import { bulkEn } from '../../src/locales/bulk/en.js';
import { en } from '../../src/locales/en.js';
import { ENDPOINT, makeClient, useMockApi } from '../support/mockApi.js';

const server = useMockApi();
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Answers each invitee with `reply(who)`; records who was sent. */
function serve(reply: (who: string) => Response | Promise<Response> = () => HttpResponse.json({ success: true, data: {} })) {
  const sent: string[] = [];
  server.use(
    http.put(ENDPOINT, async ({ request }) => {
      const body = (await request.json()) as { email?: string; userId?: number };
      const who = body.email ?? String(body.userId);
      sent.push(who);
      return reply(who);
    }),
  );
  return sent;
}

function renderBulk(props: Partial<BulkInviteDialogProps> = {}) {
  const user = userEvent.setup(vi.isFakeTimers() ? { advanceTimers: vi.advanceTimersByTime } : {});
  const view = render(<BulkInviteDialog groupId="g" client={props.client ?? makeClient()} defaultOpen {...props} />);
  return { ...view, user };
}

const field = () => screen.getByRole('textbox', { name: bulkEn['bulk.field.label'] });
const recipients = () => within(screen.getByRole('list', { name: bulkEn['bulk.recipients'] })).getAllByRole('listitem');
const submitFor = (count: number) =>
  screen.getByRole('button', { name: (count === 1 ? bulkEn['bulk.submit'].one : bulkEn['bulk.submit'].other).replace('{count}', String(count)) });

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(field());
  await user.paste(text);
}

describe('BulkInviteDialog', () => {
  describe('given a pasted list', () => {
    it('should show each entry as a recipient with its problem, a remove button and a count', async () => {
      const { user } = renderBulk();
      await paste(user, 'Ann <ann@x.org>; bo@y.org\nnot-an-email\tann@X.org 153');

      expect(recipients().map((item) => item.textContent)).toEqual([
        'ann@x.org×',
        'bo@y.org×',
        `not-an-email${en['validation.email']}×`,
        `ann@x.org${bulkEn['bulk.duplicate']}×`,
        '153×',
      ]);
      expect(field()).toHaveValue('');
      expect(screen.getByText('3 people · 1 needs fixing')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Remove not-an-email' })).toBeInTheDocument();
    });

    it('should not send while an entry needs fixing, and say so at the field', async () => {
      const sent = serve();
      const { user } = renderBulk();
      await paste(user, 'ann@x.org, oops');
      await user.click(submitFor(1));

      expect(field()).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByText(bulkEn['bulk.fixFirst'])).toBeInTheDocument();
      expect(sent).toEqual([]);

      await user.click(screen.getByRole('button', { name: 'Remove oops' }));
      await user.click(submitFor(1));
      await waitFor(() => expect(sent).toEqual(['ann@x.org']));
    });

    it('should ask for at least one entry when sent empty', async () => {
      const { user } = renderBulk();
      await user.click(submitFor(0));
      expect(screen.getByText(bulkEn['bulk.empty'])).toBeInTheDocument();
      expect(field()).toHaveFocus();
    });

    it('should mark entries past max as not sent', async () => {
      const { user } = renderBulk({ max: 2 });
      await paste(user, '1 2 3');
      expect(recipients()[2]).toHaveTextContent(bulkEn['bulk.tooMany'].other.replace('{max}', '2'));
    });

    it('should re-render nothing but the field while typing', async () => {
      const commits: string[] = [];
      const user = userEvent.setup();
      render(
        <Profiler id="bulk" onRender={(_id, phase) => commits.push(phase)}>
          <BulkInviteDialog groupId="g" client={makeClient()} defaultOpen />
        </Profiler>,
      );
      await user.click(field());
      const before = commits.length;
      await user.type(field(), 'someone@example.org, 153');
      expect(commits.length - before).toBe(0);
    });
  });

  describe('given sending', () => {
    it('should show each row’s state, a progress bar with counts, and call onInvited per row and onComplete once', async () => {
      serve((who) => (who === 'bo@y.org' ? HttpResponse.json({ success: false }, { status: 404 }) : HttpResponse.json({ success: true, data: {} })));
      const onInvited = vi.fn();
      const onComplete = vi.fn();
      const { user } = renderBulk({ onInvited, onComplete });
      await paste(user, 'ann@x.org bo@y.org 153');
      await user.click(submitFor(3));

      await waitFor(() => expect(screen.getByRole('dialog').querySelector('form')).toHaveAttribute('data-status', 'done'));
      expect(recipients().map((item) => item.getAttribute('data-status'))).toEqual(['invited', 'failed', 'invited']);
      expect(recipients()[1]).toHaveTextContent(en['error.not_found']);
      const progress = screen.getByRole('progressbar', { name: '3 of 3 done' });
      expect(progress).toHaveAttribute('value', '3');
      expect(onInvited).toHaveBeenCalledTimes(2);
      expect(onComplete).toHaveBeenCalledTimes(1);
      expect(onComplete.mock.calls[0]![0].counts).toEqual({ invited: 2, failed: 1, pending: 0 });
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Done: 2 invited. 1 not invited.'));
    });

    it('should retry only the failed ones with "Retry failed"', async () => {
      let first = true;
      const sent = serve((who) => {
        if (who === 'bo@y.org' && first) {
          first = false;
          return HttpResponse.json({ success: false }, { status: 500 });
        }
        return HttpResponse.json({ success: true, data: {} });
      });
      const { user } = renderBulk();
      await paste(user, 'ann@x.org bo@y.org');
      await user.click(submitFor(2));
      await user.click(await screen.findByRole('button', { name: bulkEn['bulk.retryFailed'] }));

      await waitFor(() => expect(recipients().map((item) => item.getAttribute('data-status'))).toEqual(['invited', 'invited']));
      expect(sent).toEqual(['ann@x.org', 'bo@y.org', 'bo@y.org']);
    });

    it('should stop on a 403 with the message, the rest pending', async () => {
      serve(() => HttpResponse.json({ success: false }, { status: 403 }));
      const { user } = renderBulk();
      await paste(user, 'ann@x.org bo@y.org');
      await user.click(submitFor(2));

      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(en['error.forbidden']));
      expect(recipients().map((item) => item.getAttribute('data-status'))).toEqual(['failed', 'pending']);
    });

    it('should announce once per phase, never per row', async () => {
      // The first answer is held until the test lets it go, so the sending phase is seen.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      serve(async () => {
        await held;
        return HttpResponse.json({ success: true, data: {} });
      });
      const { user } = renderBulk();
      const region = screen.getByRole('status');
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(region.textContent ?? ''));
      observer.observe(region, { childList: true, subtree: true, characterData: true });
      await paste(user, Array.from({ length: 8 }, (_, i) => `p${i}@x.org`).join('\n'));
      await user.click(submitFor(8));
      await waitFor(() => expect(region).toHaveTextContent(bulkEn['bulk.started'].other.replace('{count}', '8')));
      release();
      await waitFor(() => expect(region).toHaveTextContent('Done: 8 invited.'));
      observer.disconnect();

      expect(said.filter(Boolean)).toEqual([bulkEn['bulk.started'].other.replace('{count}', '8'), 'Done: 8 invited.']);
    });

    it('should show the shared countdown while the server asks to wait, then resume', async () => {
      vi.useFakeTimers();
      vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
      let calls = 0;
      serve(() => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ success: false }, { status: 429, headers: { 'Retry-After': '5' } })
          : HttpResponse.json({ success: true, data: {} });
      });
      const { user } = renderBulk();
      await paste(user, 'ann@x.org bo@y.org');
      await user.click(submitFor(2));
      await act(() => vi.advanceTimersByTimeAsync(0));

      expect(screen.getByRole('timer')).toHaveTextContent(bulkEn['bulk.paused'].other.replace('{seconds}', '5'));
      await act(() => vi.advanceTimersByTimeAsync(2_000));
      expect(screen.getByRole('timer')).toHaveTextContent(bulkEn['bulk.paused'].other.replace('{seconds}', '3'));
      const form = screen.getByRole('dialog').querySelector('form')!;
      for (let step = 0; step < 50 && form.dataset.status !== 'done'; step++) await act(() => vi.advanceTimersByTimeAsync(100));
      expect(form).toHaveAttribute('data-status', 'done');
      expect(calls).toBe(3);
    });

    it('should cancel what is in flight when closed, sending nothing more', async () => {
      const signals: AbortSignal[] = [];
      server.use(
        http.put(ENDPOINT, ({ request }) => {
          signals.push(request.signal);
          return new Promise<Response>(() => {});
        }),
      );
      const { user } = renderBulk();
      await paste(user, 'ann@x.org bo@y.org');
      await user.click(submitFor(2));
      await waitFor(() => expect(signals).toHaveLength(1));

      await user.click(screen.getByRole('button', { name: en.close }));
      await waitFor(() => expect(signals[0]!.aborted).toBe(true));
      expect(signals).toHaveLength(1);
    });

    it('should run every request through the host’s mutation cache', async () => {
      serve();
      const queryClient = new QueryClient();
      const user = userEvent.setup();
      render(
        <QueryClientProvider client={queryClient}>
          <BulkInviteDialog groupId="g" client={makeClient()} defaultOpen />
        </QueryClientProvider>,
      );
      await user.click(field());
      await user.paste('ann@x.org bo@y.org');
      await user.click(submitFor(2));
      await waitFor(() => expect(queryClient.getMutationCache().getAll().filter((m) => m.state.status === 'success')).toHaveLength(2));
      expect(queryClient.getMutationCache().getAll()[0]!.options.mutationKey).toEqual(['invite-kit', 'bulkInvite', 'g']);
    });
  });

  describe('given a mistake in the host’s setup', () => {
    it('should say the dialog is not set up, send nothing, and tell the developer', async () => {
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
      const sent = serve();
      const { user } = renderBulk({ groupId: '' });
      await paste(user, 'ann@x.org');
      await user.click(submitFor(1));

      expect(screen.getByRole('alert')).toHaveTextContent(en['error.setup']);
      expect(sent).toEqual([]);
      expect(consoleError.mock.calls.some(([message]) => String(message).includes('groupId'))).toBe(true);
      consoleError.mockRestore();
    });

    it('should stop saying so once the groupId has loaded, and then send', async () => {
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
      const sent = serve();
      const client = makeClient();
      const { user, rerender } = renderBulk({ groupId: '', client });
      await paste(user, 'ann@x.org');
      await user.click(submitFor(1));
      expect(screen.getByRole('alert')).toHaveTextContent(en['error.setup']);

      rerender(<BulkInviteDialog groupId="g" client={client} defaultOpen />);
      expect(screen.getByRole('alert')).not.toHaveTextContent(en['error.setup']);
      await user.click(submitFor(1));
      await waitFor(() => expect(screen.getByRole('dialog').querySelector('form')).toHaveAttribute('data-status', 'done'));
      expect(sent).toEqual(['ann@x.org']);
      consoleError.mockRestore();
    });

    it.each([-1, 2.5, Number.NaN])('should name a max of %s for the developer, and let the person send with the default', async (max) => {
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
      const sent = serve();
      const { user } = renderBulk({ max });
      await paste(user, 'ann@x.org bo@y.org');
      await user.click(submitFor(2));

      await waitFor(() => expect(screen.getByRole('dialog').querySelector('form')).toHaveAttribute('data-status', 'done'));
      expect(sent).toEqual(['ann@x.org', 'bo@y.org']);
      expect(consoleError.mock.calls.some(([message]) => String(message).includes(`\`max\``) && String(message).includes(String(max)))).toBe(true);
      consoleError.mockRestore();
    });
  });

  describe('given useBulkInvite with a concurrency that could never send', () => {
    it('should be a setup error naming it, with nothing sent, instead of running forever', async () => {
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
      const sent = serve();
      const client = makeClient();
      const { result } = renderHook(() => useBulkInvite({ groupId: 'g', client, concurrency: 0 }));
      act(() => result.current.start([{ email: 'ann@x.org' }]));

      expect(result.current.setupError).toBeInstanceOf(TypeError);
      expect(result.current.setupError?.message).toMatch(/concurrency/);
      expect(result.current.status).toBe('idle');
      expect(consoleError.mock.calls.some(([message]) => String(message).includes('concurrency'))).toBe(true);
      expect(sent).toEqual([]);
      consoleError.mockRestore();
    });
  });

  describe('given the group changes while sending', () => {
    it('should cancel the batch and send nothing into the other group', async () => {
      const signals: AbortSignal[] = [];
      const groups: string[] = [];
      server.use(
        http.put(ENDPOINT, ({ request, params }) => {
          signals.push(request.signal);
          groups.push(String(params.groupId));
          return new Promise<Response>(() => {});
        }),
      );
      const client = makeClient();
      const user = userEvent.setup();
      const view = render(<BulkInviteDialog groupId="a" client={client} defaultOpen />);
      await user.click(field());
      await user.paste('ann@x.org bo@y.org');
      await user.click(submitFor(2));
      await waitFor(() => expect(signals).toHaveLength(1));

      view.rerender(<BulkInviteDialog groupId="b" client={client} defaultOpen />);
      await waitFor(() => expect(signals[0]!.aborted).toBe(true));
      expect(groups).toEqual(['a']);
    });
  });
});
