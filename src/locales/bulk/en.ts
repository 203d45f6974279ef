/**
 * The English messages of the bulk dialog: the source of its keys and
 * placeholders, as `en` is for the single dialog. Kept apart so a page that
 * only invites one person at a time never loads them. The bulk dialog also
 * uses the single dialog's messages (`error.*`, `retry.*`, `cancel`, `close`,
 * `offline`).
 */
export const bulkEn = {
  'bulk.trigger': 'Invite several people',
  'bulk.title': 'Invite people to this group',
  'bulk.description': 'Paste or type their emails or user IDs, separated by commas, spaces or new lines.',
  'bulk.field.label': 'Emails or user IDs',
  'bulk.recipients': 'Recipients',
  'bulk.count': { one: '{count} person', other: '{count} people' },
  'bulk.needFixing': { one: '{count} needs fixing', other: '{count} need fixing' },
  'bulk.remove': 'Remove {invitee}',
  'bulk.duplicate': 'Already in the list. It is sent once.',
  'bulk.tooMany': { one: 'Over the limit of {max} person at a time. Not sent.', other: 'Over the limit of {max} people at a time. Not sent.' },
  'bulk.empty': 'Add at least one email or user ID.',
  'bulk.fixFirst': 'Fix or remove the entries marked above, then send.',
  'bulk.submit': { one: 'Invite {count} person', other: 'Invite {count} people' },
  'bulk.progress': '{done} of {total} done',
  'bulk.status.pending': 'Waiting',
  'bulk.status.sending': 'Sending…',
  'bulk.status.waiting': 'Retrying soon',
  'bulk.status.invited': 'Invited',
  'bulk.status.failed': 'Not invited',
  'bulk.status.cancelled': 'Not sent',
  'bulk.started': { one: 'Sending {count} invitation…', other: 'Sending {count} invitations…' },
  'bulk.paused': {
    one: 'Paused: the server asked to wait. Continuing in {seconds} second.',
    other: 'Paused: the server asked to wait. Continuing in {seconds} seconds.',
  },
  'bulk.pausedUntil': 'Paused: the server asked to wait. You can continue at {time}.',
  'bulk.resumed': 'Continuing…',
  'bulk.offline': 'You’re offline. Sending continues once you’re back online.',
  'bulk.done': { one: 'Done: {invited} invited.', other: 'Done: {invited} invited.' },
  'bulk.notInvited': { one: '{failed} not invited.', other: '{failed} not invited.' },
  'bulk.cancelled': 'Stopped. Nothing more is sent.',
  'bulk.retryFailed': 'Retry failed',
  'bulk.inviteMore': 'Invite more people',
} as const;

export default bulkEn;
