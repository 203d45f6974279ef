import { onlineManager } from '@tanstack/react-query';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { getResponse, http } from 'msw';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { en, InviteUserDialog } from '../src/index.js';
import {
  INVITE_USER_PATH,
  inviteFailThenSucceed,
  inviteRateLimited,
  inviteRateLimiter,
  inviteSuccess,
} from '../src/msw/index.js';
import { createCountingMockClient } from './createMockClient.js';
import { formIn, oneOf, recordStates, say, submitInvitee } from './playHelpers.js';

/**
 * The retry policy at work. Waits are one to four seconds so they can be
 * watched (and tested) quickly; the policy treats a real server's longer
 * `Retry-After` the same way, up to `maxRetryAfterMs` (60 s by default).
 *
 * The waits are real, so the plays never look at the clock: they wait for the
 * state a story ends in, then check the states recorded on the way there.
 */
const meta = {
  title: 'InviteUserDialog/Retries',
  component: InviteUserDialog,
  tags: ['autodocs'],
  args: { groupId: 'retries', defaultOpen: true, onInvited: fn(), onError: fn() },
  argTypes: { client: { control: false }, trigger: { control: false } },
} satisfies Meta<typeof InviteUserDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 429 with `Retry-After: 2`: counts down, retries by itself, and the retry goes through. */
export const RateLimitCountdown: Story = {
  args: { groupId: 'rate-limit-countdown' },
  beforeEach({ msw, args }) {
    msw.use(inviteFailThenSucceed({ groupId: args.groupId, failWith: 'rate_limit_exceeded', retryAfter: 2 }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: en.title });
    const states = recordStates(dialog);
    await submitInvitee(canvasElement, 'someone@example.org');
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(say('success', { invitee: 'someone@example.org' })),
    );
    states.stop();
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'success');
    await expect(args.onError).toHaveBeenCalledTimes(1);
    await expect(args.onInvited).toHaveBeenCalledTimes(1);

    // On the way: the 429, a countdown from the header's two seconds, then the retry.
    await expect(states.statuses()).toEqual(['idle', 'submitting', 'waiting', 'submitting', 'success']);
    const waiting = states.inStatus('waiting');
    await expect(waiting[0]?.timer).toMatch(oneOf(say('retry.auto', { seconds: 2 }), say('retry.auto', { seconds: 1 })));
    for (const state of waiting) {
      await expect(state.alert).toBe(en['error.rate_limit_exceeded']);
      await expect(state.blocked).toBe(true);
    }
  },
};

/** Still 429 after the automatic retry: a countdown to "Try again", which the user presses. */
export const RateLimitManualRetry: Story = {
  args: { groupId: 'rate-limit-manual' },
  beforeEach({ msw, args }) {
    msw.use(inviteFailThenSucceed({ groupId: args.groupId, failures: 2, failWith: 'rate_limit_exceeded', retryAfter: 1 }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: en.title });
    const states = recordStates(dialog);
    await submitInvitee(canvasElement, 'someone@example.org');
    const retry = await within(dialog).findByRole('button', { name: en['retry.now'] });
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent(en['retry.ready']));
    await expect(args.onError).toHaveBeenCalledTimes(2);

    // On the way: the automatic retry's countdown, the retry, then the user's
    // countdown, with no "Try again" until it had run out.
    await expect(states.statuses()).toEqual(['idle', 'submitting', 'waiting', 'submitting', 'waiting', 'error']);
    const waits = states.inStatus('waiting').map((state) => state.timer);
    await expect(waits).toContain(say('retry.auto', { seconds: 1 }));
    await expect(waits).toContain(say('retry.countdown', { seconds: 1 }));
    await expect(states.seen.filter((state) => state.retry && state.timer !== null)).toEqual([]);

    states.stop();
    await userEvent.click(retry);
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(say('success', { invitee: 'someone@example.org' })),
    );
  },
};

// The RateLimitAboveCap story's client, made afresh for each run of the story.
let aboveCap = createCountingMockClient();

/** 429 asking for an hour, beyond the 60 s the policy waits by itself: "try again at …", no automatic retry. */
export const RateLimitAboveCap: Story = {
  args: { groupId: 'rate-limit-above-cap' },
  beforeEach({ msw, args }) {
    aboveCap = createCountingMockClient();
    msw.use(inviteRateLimited({ groupId: args.groupId, retryAfter: 3600 }));
  },
  render: function Render(args) {
    const [client] = useState(() => aboveCap.client);
    return <InviteUserDialog {...args} client={client} />;
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    const timer = await within(dialog).findByRole('timer');
    const [before, after] = en['retry.at'].split('{time}') as [string, string];
    await expect(timer.textContent?.startsWith(before)).toBe(true);
    await expect(timer.textContent?.endsWith(after)).toBe(true);
    await expect(timer.textContent).toMatch(/\d{1,2}:\d{2}/);
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'waiting');
    await expect(within(dialog).queryByRole('button', { name: en['retry.now'] })).not.toBeInTheDocument();
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ retryAfterMs: 3_600_000 }));
    await expect(aboveCap.sent()).toBe(1);

    // Neither Enter nor "Send invitation" sends anything during the wait.
    await userEvent.type(within(dialog).getByRole('textbox', { name: en['field.label'] }), '{Enter}');
    await userEvent.click(within(dialog).getByRole('button', { name: en.submit }));
    await expect(aboveCap.sent()).toBe(1);
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'waiting');
    await expect(args.onError).toHaveBeenCalledTimes(1);
  },
};

/** 503 with `Retry-After: 1`: one automatic retry after the wait, and it succeeds. */
export const ServiceUnavailableAutoRetry: Story = {
  args: { groupId: 'service-unavailable-auto' },
  beforeEach({ msw, args }) {
    msw.use(inviteFailThenSucceed({ groupId: args.groupId, failWith: 'service_unavailable', retryAfter: 1 }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: en.title });
    const states = recordStates(dialog);
    await submitInvitee(canvasElement, '153');
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent(say('success', { invitee: '153' })));
    states.stop();
    await expect(args.onError).toHaveBeenCalledTimes(1);
    await expect(args.onInvited).toHaveBeenCalledTimes(1);

    // On the way: the 503 and its one-second countdown, then the retry.
    await expect(states.statuses()).toEqual(['idle', 'submitting', 'waiting', 'submitting', 'success']);
    const waiting = states.inStatus('waiting');
    await expect(waiting[0]?.timer).toBe(say('retry.auto', { seconds: 1 }));
    for (const state of waiting) await expect(state.alert).toBe(en['error.service_unavailable']);
  },
};

/** 500: the server may have applied it, so nothing is resent by itself; the user decides with "Try again". */
export const InternalServerErrorManualRetry: Story = {
  args: { groupId: 'internal-error-manual' },
  beforeEach({ msw, args }) {
    msw.use(inviteFailThenSucceed({ groupId: args.groupId, failWith: 'internal_server_error' }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent(en['error.internal_server_error']));
    await expect(within(dialog).queryByRole('timer')).not.toBeInTheDocument();
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'error');

    await userEvent.click(within(dialog).getByRole('button', { name: en['retry.now'] }));
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(say('success', { invitee: 'someone@example.org' })),
    );
    await expect(args.onInvited).toHaveBeenCalledTimes(1);
  },
};

/**
 * The clock the RateLimiter story's server keeps its window on: real time,
 * except that a play can hold it still while it types the invitations (a busy
 * machine may type for longer than the window), and it runs again from where
 * it stood the moment the server answers "wait". So the third invitation
 * always lands in the first window, and the wait announced is the one that
 * passes before the next window opens.
 */
const limiterClock = (() => {
  let heldAt: number | null = null;
  let behind = 0;
  const now = () => heldAt ?? Date.now() - behind;
  return {
    now,
    hold: () => {
      heldAt = now();
    },
    run: () => {
      if (heldAt === null) return;
      behind = Date.now() - heldAt;
      heldAt = null;
    },
    reset: () => {
      heldAt = null;
      behind = 0;
    },
  };
})();

/**
 * A server that takes two invitations per four seconds: the third is told to
 * wait for the rest of the window, then goes out by itself.
 */
export const RateLimiter: Story = {
  args: { groupId: 'rate-limiter' },
  beforeEach({ msw, args }) {
    limiterClock.reset();
    const limiter = inviteRateLimiter({ groupId: args.groupId, limit: 2, windowMs: 4000, now: limiterClock.now });
    msw.use(
      http.put(INVITE_USER_PATH, async ({ request }) => {
        const response = await getResponse([limiter], request);
        if (response?.status === 429) limiterClock.run();
        return response;
      }),
    );
  },
  play: async ({ canvasElement, args }) => {
    limiterClock.hold();
    const dialog = await within(canvasElement).findByRole('dialog', { name: en.title });
    for (const invitee of ['one@example.org', 'two@example.org']) {
      await submitInvitee(canvasElement, invitee);
      await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent(say('success', { invitee })));
      await userEvent.click(within(dialog).getByRole('button', { name: en.inviteAnother }));
    }
    const states = recordStates(dialog);
    await submitInvitee(canvasElement, 'three@example.org');
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(say('success', { invitee: 'three@example.org' })),
    );
    states.stop();
    await expect(args.onInvited).toHaveBeenCalledTimes(3);
    await expect(args.onError).toHaveBeenCalledTimes(1);

    // On the way: told to wait out the whole four-second window, then sent by itself.
    await expect(states.statuses()).toEqual(['idle', 'submitting', 'waiting', 'submitting', 'success']);
    const waiting = states.inStatus('waiting');
    await expect(waiting[0]?.timer).toMatch(oneOf(say('retry.auto', { seconds: 4 }), say('retry.auto', { seconds: 3 })));
    for (const state of waiting) await expect(state.alert).toBe(en['error.rate_limit_exceeded']);
  },
};

/**
 * Offline (as react-query's online manager sees it): nothing is sent and the
 * dialog says it will send once the connection is back.
 */
export const Offline: Story = {
  args: { groupId: 'offline' },
  // It switches the whole page offline, so it stays out of the docs page.
  tags: ['!autodocs'],
  beforeEach({ msw, args }) {
    msw.use(inviteSuccess({ groupId: args.groupId }));
    const wasOnline = onlineManager.isOnline();
    onlineManager.setOnline(false);
    return () => onlineManager.setOnline(wasOnline);
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    await waitFor(() => expect(formIn(dialog)).toHaveAttribute('data-status', 'waiting'));
    await expect(dialog.querySelector('[data-slot="offline"]')).toHaveTextContent(en.offline);
    await expect(within(dialog).getByRole('status')).toHaveTextContent(en.offline);
    await expect(args.onInvited).not.toHaveBeenCalled();
  },
};

/** Offline, then the connection returns: the invitation goes out once, by itself. */
export const BackOnline: Story = {
  args: { groupId: 'back-online' },
  tags: ['!autodocs'],
  beforeEach({ msw, args }) {
    msw.use(inviteSuccess({ groupId: args.groupId }));
    const wasOnline = onlineManager.isOnline();
    onlineManager.setOnline(false);
    return () => onlineManager.setOnline(wasOnline);
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent(en.offline));

    onlineManager.setOnline(true);
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(say('success', { invitee: 'someone@example.org' })),
    );
    await expect(args.onInvited).toHaveBeenCalledTimes(1);
  },
};
