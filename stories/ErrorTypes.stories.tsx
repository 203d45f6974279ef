import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { en, InviteUserDialog } from '../src/index.js';
import {
  DOCUMENTED_ERRORS,
  inviteBadGatewayHtml,
  inviteForbidden,
  inviteGatewayTimeout,
  inviteInternalServerError,
  inviteInvalidRequest,
  inviteNetworkError,
  inviteNotFound,
  inviteRateLimited,
  inviteServiceUnavailable,
  inviteSlow,
  inviteUnauthorized,
  inviteUnknownResponse,
  inviteUnprocessableEntity,
} from '../src/msw/index.js';
import { createMockClient } from './createMockClient.js';
import { formIn, oneOf, recordStates, say, submitInvitee } from './playHelpers.js';

/**
 * One story per error type: the documented responses of the endpoint, plus
 * the three that happen without one (network error, timeout, an answer that
 * is not the API's). 400 and 422 are shown at the field, the rest in the alert.
 */
const meta = {
  title: 'InviteUserDialog/Error types',
  component: InviteUserDialog,
  tags: ['autodocs'],
  args: { groupId: 'errors', defaultOpen: true, onInvited: fn(), onError: fn() },
  argTypes: { client: { control: false }, trigger: { control: false } },
} satisfies Meta<typeof InviteUserDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 400: the server did not accept what was typed; shown at the field, the value kept. */
export const InvalidRequest: Story = {
  args: { groupId: 'error-400' },
  beforeEach({ msw, args }) {
    msw.use(inviteInvalidRequest({ groupId: args.groupId }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    const field = within(dialog).getByRole('textbox', { name: en['field.label'] });
    await waitFor(() => expect(field).toHaveAccessibleDescription(en['error.invalid_request']));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveValue('someone@example.org');
    await expect(within(dialog).getByRole('alert')).toBeEmptyDOMElement();
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ type: 'invalid_request', status: 400 }));
  },
};

/** 401: the session is gone. */
export const Unauthorized: Story = {
  args: { groupId: 'error-401' },
  beforeEach({ msw, args }) {
    msw.use(inviteUnauthorized({ groupId: args.groupId }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent(en['error.unauthorized']));
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ type: 'unauthorized', status: 401 }));
  },
};

/** 403: not allowed to invite into this group; the server's own message is shown as plain text under it. */
export const Forbidden: Story = {
  args: { groupId: 'error-403' },
  beforeEach({ msw, args }) {
    msw.use(inviteForbidden({ groupId: args.groupId }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent(en['error.forbidden']));
    await expect(
      within(dialog).getByText(say('error.details', { message: DOCUMENTED_ERRORS.forbidden.body.message })),
    ).toBeVisible();
    await expect(within(dialog).queryByRole('button', { name: en['retry.now'] })).not.toBeInTheDocument();
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ type: 'forbidden', status: 403 }));
  },
};

/** 404: no such group or person. */
export const NotFound: Story = {
  args: { groupId: 'error-404' },
  beforeEach({ msw, args }) {
    msw.use(inviteNotFound({ groupId: args.groupId }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, '153');
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent(en['error.not_found']));
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ type: 'not_found', status: 404 }));
  },
};

/** 422: this person cannot be invited; shown at the field. */
export const UnprocessableEntity: Story = {
  args: { groupId: 'error-422' },
  beforeEach({ msw, args }) {
    msw.use(inviteUnprocessableEntity({ groupId: args.groupId }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    const field = within(dialog).getByRole('textbox', { name: en['field.label'] });
    await waitFor(() => expect(field).toHaveAccessibleDescription(en['error.unprocessable_entity']));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveFocus();
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'unprocessable_entity', status: 422 }),
    );
  },
};

/**
 * 429 without any wait header: one automatic retry after a short random
 * pause; when that is refused too, "Try again" is left to the user.
 */
export const RateLimitExceeded: Story = {
  args: { groupId: 'error-429' },
  beforeEach({ msw, args }) {
    msw.use(inviteRateLimited({ groupId: args.groupId }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: en.title });
    const states = recordStates(dialog);
    await submitInvitee(canvasElement, 'someone@example.org');
    await within(dialog).findByRole('button', { name: en['retry.now'] });
    states.stop();
    await expect(within(dialog).getByRole('alert')).toHaveTextContent(en['error.rate_limit_exceeded']);
    await expect(args.onError).toHaveBeenCalledTimes(2);
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'rate_limit_exceeded', status: 429, retryAfterMs: null }),
    );

    // On the way: the pause of one to two seconds before the automatic retry.
    await expect(states.statuses()).toEqual(['idle', 'submitting', 'waiting', 'submitting', 'error']);
    const waiting = states.inStatus('waiting');
    await expect(waiting[0]?.timer).toMatch(oneOf(say('retry.auto', { seconds: 2 }), say('retry.auto', { seconds: 1 })));
    for (const state of waiting) await expect(state.alert).toBe(en['error.rate_limit_exceeded']);
  },
};

/** 500: never repeated behind the user's back; "Try again" is offered at once. */
export const InternalServerError: Story = {
  args: { groupId: 'error-500' },
  beforeEach({ msw, args }) {
    msw.use(inviteInternalServerError({ groupId: args.groupId }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent(en['error.internal_server_error']));
    await expect(within(dialog).getByRole('button', { name: en['retry.now'] })).toBeVisible();
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'internal_server_error', status: 500 }),
    );
  },
};

/**
 * 502 as a proxy sends it: an HTML page, not JSON. Still a typed error, and no
 * markup on screen; retried once by itself, then "Try again".
 */
export const BadGateway: Story = {
  args: { groupId: 'error-502' },
  beforeEach({ msw, args }) {
    msw.use(inviteBadGatewayHtml({ groupId: args.groupId }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    // Retried once by itself, then left to the user.
    await within(dialog).findByRole('button', { name: en['retry.now'] });
    await expect(within(dialog).getByRole('alert')).toHaveTextContent(en['error.bad_gateway']);
    await expect(dialog).not.toHaveTextContent('<html');
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'bad_gateway', status: 502, serverMessage: null }),
    );
  },
};

/**
 * 503 with `Retry-After: 30`: the wait is counted down before the automatic
 * retry. Thirty seconds, so the story stays in its countdown well past its own checks.
 */
export const ServiceUnavailable: Story = {
  args: { groupId: 'error-503' },
  beforeEach({ msw, args }) {
    msw.use(inviteServiceUnavailable({ groupId: args.groupId, retryAfter: 30 }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: en.title });
    const states = recordStates(dialog);
    await submitInvitee(canvasElement, 'someone@example.org');
    const timer = await within(dialog).findByRole('timer');
    states.stop();
    await expect(within(dialog).getByRole('alert')).toHaveTextContent(en['error.service_unavailable']);
    // The countdown starts from the header's 30 seconds.
    await expect(states.inStatus('waiting')[0]?.timer).toMatch(
      oneOf(say('retry.auto', { seconds: 30 }), say('retry.auto', { seconds: 29 })),
    );
    await expect(timer).toBeVisible();
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'waiting');
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'service_unavailable', status: 503, retryAfterMs: 30_000 }),
    );
  },
};

/** 504: the upstream server did not answer in time; retried once by itself, then "Try again". */
export const GatewayTimeout: Story = {
  args: { groupId: 'error-504' },
  beforeEach({ msw, args }) {
    msw.use(inviteGatewayTimeout({ groupId: args.groupId }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    // Retried once by itself, then left to the user.
    await within(dialog).findByRole('button', { name: en['retry.now'] });
    await expect(within(dialog).getByRole('alert')).toHaveTextContent(en['error.gateway_timeout']);
    await expect(args.onError).toHaveBeenCalledTimes(2);
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ type: 'gateway_timeout', status: 504 }));
  },
};

/** No response at all (connection dropped, DNS, CORS); retried once by itself, then "Try again". */
export const NetworkError: Story = {
  args: { groupId: 'error-network' },
  beforeEach({ msw, args }) {
    msw.use(inviteNetworkError({ groupId: args.groupId }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    // Retried once by itself, then left to the user.
    await within(dialog).findByRole('button', { name: en['retry.now'] });
    await expect(within(dialog).getByRole('alert')).toHaveTextContent(en['error.network_error']);
    await expect(args.onError).toHaveBeenCalledTimes(2);
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ type: 'network_error', status: null }));
  },
};

/** The server never answers; this story's client gives up after one second, retries once by itself, then leaves it to the user. */
export const Timeout: Story = {
  args: { groupId: 'error-timeout' },
  beforeEach({ msw, args }) {
    msw.use(inviteSlow({ groupId: args.groupId, delay: 'infinite' }));
  },
  render: function Render(args) {
    const [client] = useState(() => createMockClient({ timeoutMs: 1000 }));
    return <InviteUserDialog {...args} client={client} />;
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    await within(dialog).findByRole('button', { name: en['retry.now'] });
    await expect(within(dialog).getByRole('alert')).toHaveTextContent(en['error.timeout']);
    await expect(args.onError).toHaveBeenCalledTimes(2);
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ type: 'timeout', status: null }));
  },
};

/** A 200 that is not the API's answer (an HTML sign-in page in between): not taken for a success. */
export const UnknownError: Story = {
  args: { groupId: 'error-unknown' },
  beforeEach({ msw, args }) {
    msw.use(inviteUnknownResponse({ groupId: args.groupId }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent(en['error.unknown_error']));
    await expect(args.onInvited).not.toHaveBeenCalled();
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ type: 'unknown_error', status: 200 }));
  },
};
