import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { BulkInviteDialog, en } from '../src/index.js';
import { bulkEn } from '../src/locales/bulk/en.js';
import {
  inviteForbidden,
  inviteOutcomes,
  inviteRateLimited,
  inviteRateLimiter,
  inviteSlow,
  inviteSuccess,
} from '../src/msw/index.js';
import { createCountingMockClient, createLoggingMockClient } from './createMockClient.js';
import { formIn, pasteInvitees, recipientsIn, recordBatchStates, sayBulk } from './playHelpers.js';
import { dialogArgTypes } from './dialogArgTypes.js';

/**
 * Many invitations at once. A paste fills the list of recipients; once every
 * entry is valid or removed, each invitation goes out in turn, as fast as the
 * server's rate limit allows. The plays wait for the state a story ends in,
 * then check the states recorded on the way there.
 */
const meta = {
  title: 'BulkInviteDialog',
  component: BulkInviteDialog,
  tags: ['autodocs'],
  args: {
    groupId: 'bulk',
    defaultOpen: true,
    onInvited: fn(),
    onComplete: fn(),
    onOpenChange: fn(),
  },
  argTypes: { ...dialogArgTypes, max: { control: 'number' } },
  parameters: {
    docs: {
      description: {
        component:
          'A modal dialog that invites many people into a group: paste a list of emails or user IDs, fix or remove what is not valid, then watch each invitation go out. Every example runs on the built-in mock API (`invite-kit/msw`).',
      },
    },
  },
} satisfies Meta<typeof BulkInviteDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

const fieldIn = (dialog: HTMLElement) => within(dialog).getByRole('textbox', { name: bulkEn['bulk.field.label'] });
const submitIn = (dialog: HTMLElement, count: number) =>
  within(dialog).getByRole('button', { name: sayBulk('bulk.submit', { count }) });
const statusesIn = (dialog: HTMLElement) => recipientsIn(dialog).map((row) => row.getAttribute('data-status'));

// The PastedWithProblems story's client, made afresh for each run of the story.
let problems = createCountingMockClient();

/**
 * A pasted list with a valid email, a `Name <email>` entry, something that is
 * not an email, a repeat and a user ID: each shows as a recipient, with its
 * problem, and nothing is sent until the invalid entry is removed.
 */
export const PastedWithProblems: Story = {
  args: { groupId: 'bulk-problems' },
  beforeEach({ msw, args }) {
    problems = createCountingMockClient();
    msw.use(inviteSuccess({ groupId: args.groupId }));
  },
  render: function Render(args) {
    const [client] = useState(() => problems.client);
    return <BulkInviteDialog {...args} client={client} />;
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await pasteInvitees(canvasElement, 'ann@example.org, Bo Li <bo@example.org>; not-an-email\nANN@example.org 153');
    const field = fieldIn(dialog);
    await waitFor(() => expect(recipientsIn(dialog)).toHaveLength(5));
    await expect(field).toHaveValue('');

    // Each entry once, by what it reads as, with its problem and a way to remove it.
    const rows = recipientsIn(dialog);
    const names = ['ann@example.org', 'bo@example.org', 'not-an-email', 'ANN@example.org', '153'];
    for (const [i, name] of names.entries()) {
      await expect(within(rows[i]!).getByRole('button', { name: sayBulk('bulk.remove', { invitee: name }) })).toBeVisible();
    }
    await expect(rows.map((row) => row.getAttribute('data-problem'))).toEqual([null, null, 'validation.email', 'duplicate', null]);
    await expect(rows[2]).toHaveTextContent(en['validation.email']);
    await expect(rows[3]).toHaveTextContent(bulkEn['bulk.duplicate']);
    const needsFixing = `${sayBulk('bulk.count', { count: 3 })} · ${sayBulk('bulk.needFixing', { count: 1 })}`;
    await expect(needsFixing).toBe('3 people · 1 needs fixing');
    await expect(field).toHaveAccessibleDescription(needsFixing);

    // Sending is refused, with the message at the field, and nothing goes out.
    await userEvent.click(submitIn(dialog, 3));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    await expect(field).toHaveAccessibleDescription(`${bulkEn['bulk.fixFirst']} ${needsFixing}`);
    await expect(field).toHaveFocus();
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'idle');
    await expect(problems.sent()).toBe(0);

    // Removing the invalid entry leaves the others; the count no longer asks for a fix.
    await userEvent.click(within(rows[2]!).getByRole('button', { name: sayBulk('bulk.remove', { invitee: 'not-an-email' }) }));
    await waitFor(() => expect(recipientsIn(dialog)).toHaveLength(4));
    await expect(recipientsIn(dialog).map((row) => row.getAttribute('data-problem'))).toEqual([null, null, 'duplicate', null]);
    await expect(field).toHaveAccessibleDescription(expect.stringContaining(sayBulk('bulk.count', { count: 3 })));
    await expect(field).not.toHaveAccessibleDescription(expect.stringContaining(sayBulk('bulk.needFixing', { count: 1 })));
    await expect(submitIn(dialog, 3)).toBeVisible();
    await expect(problems.sent()).toBe(0);
    await expect(args.onInvited).not.toHaveBeenCalled();
  },
};

// The Sending story's client, made afresh for each run of the story.
let sending = createCountingMockClient({ timeoutMs: Infinity });

/**
 * While the first invitation is on its way. The mock never answers and this
 * story's client never gives up, so the story stays in this state.
 */
export const Sending: Story = {
  args: { groupId: 'bulk-sending' },
  beforeEach({ msw, args }) {
    sending = createCountingMockClient({ timeoutMs: Infinity });
    msw.use(inviteSlow({ groupId: args.groupId, delay: 'infinite' }));
  },
  render: function Render(args) {
    const [client] = useState(() => sending.client);
    return <BulkInviteDialog {...args} client={client} />;
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await pasteInvitees(canvasElement, 'ann@example.org\nbo@example.org\n153');
    const states = recordBatchStates(dialog);
    await userEvent.click(submitIn(dialog, 3));
    await waitFor(() => expect(statusesIn(dialog)).toEqual(['sending', 'pending', 'pending']));
    states.stop();
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'running');
    await expect(recipientsIn(dialog)[0]).toHaveTextContent(bulkEn['bulk.status.sending']);

    const progress = within(dialog).getByRole('progressbar', { name: sayBulk('bulk.progress', { done: 0, total: 3 }) });
    await expect((progress as HTMLProgressElement).value).toBe(0);
    await expect((progress as HTMLProgressElement).max).toBe(3);
    await expect(within(dialog).getByRole('button', { name: en.cancel })).toBeEnabled();
    await expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    await expect(within(dialog).getByRole('status')).toHaveTextContent(sayBulk('bulk.started', { count: 3 }));

    // One request, for the first row only; nothing sent twice.
    await expect(sending.sent()).toBe(1);
    for (const state of states.seen) await expect(state.rows.filter((row) => row === 'sending').length).toBeLessThanOrEqual(1);
    await expect(states.statuses()).toEqual(['idle', 'running']);
    await expect(args.onInvited).not.toHaveBeenCalled();
    await expect(args.onComplete).not.toHaveBeenCalled();
  },
};

// The WaitingOnRateLimit story's client, made afresh for each run of the story.
let waiting = createCountingMockClient();

/** `bulk.paused`, in either plural form, with any number of seconds, which it captures. */
const pausedText = (() => {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const forms = Object.values(bulkEn['bulk.paused']).map((form) => form.split('{seconds}').map(escape).join('(\\d+)'));
  return new RegExp(`^(?:${forms.join('|')})$`);
})();

/**
 * 429 with `Retry-After: 30`: the whole batch pauses, counting down, and
 * the rows wait their turn. The wait is 30 s, so the story stays in its
 * countdown well past its own checks.
 */
export const WaitingOnRateLimit: Story = {
  args: { groupId: 'bulk-waiting' },
  beforeEach({ msw, args }) {
    waiting = createCountingMockClient();
    msw.use(inviteRateLimited({ groupId: args.groupId, retryAfter: 30 }));
  },
  render: function Render(args) {
    const [client] = useState(() => waiting.client);
    return <BulkInviteDialog {...args} client={client} />;
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await pasteInvitees(canvasElement, 'ann@example.org bo@example.org 153');
    const states = recordBatchStates(dialog);
    await userEvent.click(submitIn(dialog, 3));
    const timer = await within(dialog).findByRole('timer');
    states.stop();
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'waiting');

    // Two digits: at least 10 of the 30 seconds are left while the story's test can still be running.
    const seconds = Number(pausedText.exec(timer.textContent ?? '')?.slice(1).find(Boolean));
    await expect(seconds).toBeGreaterThanOrEqual(10);
    await expect(seconds).toBeLessThanOrEqual(30);

    // The refused invitee is first in line again; nobody else has been tried.
    await expect(statusesIn(dialog)).toEqual(['waiting', 'pending', 'pending']);
    await expect(recipientsIn(dialog)[0]).toHaveTextContent(bulkEn['bulk.status.waiting']);
    await expect(within(dialog).getByRole('progressbar', { name: sayBulk('bulk.progress', { done: 0, total: 3 }) })).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: en.cancel })).toBeEnabled();
    await expect(waiting.sent()).toBe(1);

    // Announced once when it started and once when it paused, never per tick.
    await expect(states.statuses()).toEqual(['idle', 'running', 'waiting']);
    for (const state of states.inStatus('waiting')) await expect(state.rows).toEqual(['waiting', 'pending', 'pending']);
    const announced = states.announcements();
    await expect(announced[0]).toBe(sayBulk('bulk.started', { count: 3 }));
    await expect(announced[1]).toMatch(pausedText);
    await expect(announced).toHaveLength(2);
    await expect(within(dialog).getByRole('status').textContent).toMatch(pausedText);
    await expect(args.onInvited).not.toHaveBeenCalled();
  },
};

/**
 * The server refuses two of the four: 404 for one, 422 for another. The
 * others are invited; the two show why, and "Retry failed" is offered.
 */
export const PartlyFailed: Story = {
  args: { groupId: 'bulk-partly-failed' },
  beforeEach({ msw, args }) {
    msw.use(
      inviteOutcomes({
        groupId: args.groupId,
        outcomes: { 'bo@example.org': 'not_found', 'cy@example.org': 'unprocessable_entity' },
      }),
    );
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await pasteInvitees(canvasElement, 'ann@example.org, bo@example.org, cy@example.org, 153');
    await userEvent.click(submitIn(dialog, 4));
    await within(dialog).findByRole('button', { name: bulkEn['bulk.retryFailed'] });
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'done');

    await expect(statusesIn(dialog)).toEqual(['invited', 'failed', 'failed', 'invited']);
    const rows = recipientsIn(dialog);
    await expect(rows[1]).toHaveTextContent(bulkEn['bulk.status.failed']);
    await expect(rows[1]).toHaveTextContent(en['error.not_found']);
    await expect(rows[2]).toHaveTextContent(en['error.unprocessable_entity']);
    await expect(rows[0]).toHaveTextContent(bulkEn['bulk.status.invited']);
    await expect(rows[0]).not.toHaveTextContent(en['error.not_found']);

    await expect(within(dialog).getByRole('progressbar', { name: sayBulk('bulk.progress', { done: 4, total: 4 }) })).toBeVisible();
    await expect(within(dialog).getByRole('status')).toHaveTextContent(
      `${sayBulk('bulk.done', { invited: 2 })} ${sayBulk('bulk.notInvited', { failed: 2 })}`,
    );
    await expect(within(dialog).getByRole('button', { name: bulkEn['bulk.inviteMore'] })).toBeVisible();
    await expect(args.onInvited).toHaveBeenCalledTimes(2);
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect(args.onComplete).toHaveBeenCalledWith(
      expect.objectContaining({ counts: { invited: 2, failed: 2, pending: 0 } }),
    );
  },
};

// The BlockedByForbidden story's client, made afresh for each run of the story.
let forbidden = createCountingMockClient();

/** 403: the person may not invite into this group, so the batch stops; the rest is not sent. */
export const BlockedByForbidden: Story = {
  args: { groupId: 'bulk-forbidden' },
  beforeEach({ msw, args }) {
    forbidden = createCountingMockClient();
    msw.use(inviteForbidden({ groupId: args.groupId }));
  },
  render: function Render(args) {
    const [client] = useState(() => forbidden.client);
    return <BulkInviteDialog {...args} client={client} />;
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await pasteInvitees(canvasElement, 'ann@example.org bo@example.org 153');
    await userEvent.click(submitIn(dialog, 3));
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent(en['error.forbidden']));
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'blocked');

    // The first was refused; the others stay pending, never sent.
    await expect(statusesIn(dialog)).toEqual(['failed', 'pending', 'pending']);
    await expect(recipientsIn(dialog)[1]).toHaveTextContent(bulkEn['bulk.status.pending']);
    await expect(forbidden.sent()).toBe(1);
    await expect(within(dialog).queryByRole('timer')).not.toBeInTheDocument();
    await expect(within(dialog).queryByRole('button', { name: en.cancel })).not.toBeInTheDocument();
    await expect(args.onInvited).not.toHaveBeenCalled();
  },
};

/**
 * Everyone invited: the progress bar is full, the counts are announced, and
 * "Invite more people" is offered.
 */
export const Done: Story = {
  args: { groupId: 'bulk-done' },
  beforeEach({ msw, args }) {
    msw.use(inviteSuccess({ groupId: args.groupId }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await pasteInvitees(canvasElement, 'ann@example.org\tbo@example.org\t153');
    const states = recordBatchStates(dialog);
    await userEvent.click(submitIn(dialog, 3));
    const more = await within(dialog).findByRole('button', { name: bulkEn['bulk.inviteMore'] });
    states.stop();
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'done');

    const progress = within(dialog).getByRole('progressbar', { name: sayBulk('bulk.progress', { done: 3, total: 3 }) });
    await expect((progress as HTMLProgressElement).value).toBe(3);
    await expect((progress as HTMLProgressElement).max).toBe(3);
    await expect(statusesIn(dialog)).toEqual(['invited', 'invited', 'invited']);
    await expect(within(dialog).getByRole('status')).toHaveTextContent(sayBulk('bulk.done', { invited: 3 }));
    await expect(within(dialog).queryByRole('button', { name: bulkEn['bulk.retryFailed'] })).not.toBeInTheDocument();
    await waitFor(() => expect(more).toHaveFocus());

    await expect(args.onInvited).toHaveBeenCalledTimes(3);
    await expect(args.onInvited).toHaveBeenCalledWith(
      expect.objectContaining({ groupId: 'bulk-done', invitee: { email: 'bo@example.org' } }),
    );
    await expect(args.onInvited).toHaveBeenCalledWith(expect.objectContaining({ invitee: { userId: 153 } }));
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect(args.onComplete).toHaveBeenCalledWith(
      expect.objectContaining({ counts: { invited: 3, failed: 0, pending: 0 } }),
    );

    // The bar only ever filled up; one announcement per phase, never one per row.
    const filled = states.seen.flatMap((state) => (state.progress ? [Number(state.progress.split('/')[0])] : []));
    await expect(filled).toEqual([...filled].sort((a, b) => a - b));
    await expect(filled.at(-1)).toBe(3);
    await expect(states.statuses()).toEqual(['idle', 'running', 'done']);
    await expect(states.announcements()).toEqual([sayBulk('bulk.started', { count: 3 }), sayBulk('bulk.done', { invited: 3 })]);
  },
};

// The RateLimitedBatch story's client, made afresh for each run of the story.
let limited = createLoggingMockClient();

/**
 * A server that takes three invitations in any two seconds and says nothing
 * of its quota until it refuses one. Seven invitees: the batch learns the
 * quota from its first 429, waits it out, and paces itself after that.
 */
export const RateLimitedBatch: Story = {
  args: { groupId: 'bulk-rate-limited' },
  beforeEach({ msw, args }) {
    limited = createLoggingMockClient();
    msw.use(inviteRateLimiter({ groupId: args.groupId, limit: 3, windowMs: 2000, window: 'sliding', announce: false }));
  },
  render: function Render(args) {
    const [client] = useState(() => limited.client);
    return <BulkInviteDialog {...args} client={client} />;
  },
  play: async ({ canvasElement, args }) => {
    const invitees = ['a@example.org', 'b@example.org', 'c@example.org', 'd@example.org', 'e@example.org', 'f@example.org', 'g@example.org'];
    const dialog = await pasteInvitees(canvasElement, invitees.join('\n'));
    const states = recordBatchStates(dialog);
    await userEvent.click(submitIn(dialog, 7));
    await within(dialog).findByRole('button', { name: bulkEn['bulk.inviteMore'] });
    states.stop();
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'done');
    await expect(statusesIn(dialog)).toEqual(invitees.map(() => 'invited'));
    await expect(within(dialog).getByRole('status')).toHaveTextContent(sayBulk('bulk.done', { invited: 7 }));

    // At most one 429, and everyone invited exactly once.
    const refused = limited.log.filter((request) => request.status === 429);
    await expect(refused.length).toBeLessThanOrEqual(1);
    const accepted = limited.log.filter((request) => request.status === 200).map((request) => request.invitee);
    await expect(accepted).toEqual(invitees);
    await expect(limited.log).toHaveLength(invitees.length + refused.length);
    await expect(args.onInvited).toHaveBeenCalledTimes(7);
    await expect(args.onComplete).toHaveBeenCalledTimes(1);

    // On the way: the pause the 429 asked for, if any, announced once as it began and once as it ended.
    const started = sayBulk('bulk.started', { count: 7 });
    const finished = sayBulk('bulk.done', { invited: 7 });
    if (refused.length) {
      await expect(states.statuses()).toEqual(['idle', 'running', 'waiting', 'running', 'done']);
      for (const state of states.inStatus('waiting')) await expect(state.timer).toMatch(pausedText);
      const announced = states.announcements();
      await expect(announced).toHaveLength(4);
      await expect([announced[0], announced[2], announced[3]]).toEqual([started, bulkEn['bulk.resumed'], finished]);
      await expect(announced[1]).toMatch(pausedText);
    } else {
      await expect(states.statuses()).toEqual(['idle', 'running', 'done']);
      await expect(states.announcements()).toEqual([started, finished]);
    }
  },
};
