/**
 * The English catalog: the source of every message key and of the placeholders
 * each message takes. Other catalogs are typed against it (see `LocaleCatalog`).
 */
export const en = {
  trigger: 'Invite someone',
  title: 'Invite someone to this group',
  description: 'Enter their email or user ID to send them an invitation.',
  'field.label': 'Email or user ID',
  submit: 'Send invitation',
  submitting: 'Sending…',
  cancel: 'Cancel',
  close: 'Close',
  success: 'Invitation sent to {invitee}.',
  inviteAnother: 'Invite someone else',
  'validation.required': 'Enter an email or a user ID.',
  'validation.email': 'Enter a valid email, like name@example.com.',
  'validation.userId': 'A user ID is a whole number, like 153.',
  'error.invalid_request': 'This invitation couldn’t be processed. Check the email or user ID.',
  'error.unauthorized': 'Your session has expired. Sign in again, then retry.',
  'error.forbidden': 'You can’t invite people to this group. Ask a group admin for access.',
  'error.not_found': 'This group or person wasn’t found. Check the email or user ID.',
  'error.unprocessable_entity': 'This email or user ID can’t be invited. Check it and retry.',
  'error.rate_limit_exceeded': 'Too many invitations at once. Please wait.',
  'error.internal_server_error': 'Something went wrong on our side; the invitation may not have been sent.',
  'error.bad_gateway': 'The service couldn’t reach its server.',
  'error.service_unavailable': 'The service is busy or down for maintenance.',
  'error.gateway_timeout': 'The server took too long to answer.',
  'error.network_error': 'Couldn’t connect. Check your internet connection.',
  'error.timeout': 'The request took too long.',
  'error.unknown_error': 'Something unexpected happened. Please try again.',
  'error.setup': 'This form isn’t set up correctly. Nothing was sent.',
  'error.details': 'Server response: {message}',
  'retry.countdown': {
    one: 'You can try again in {seconds} second.',
    other: 'You can try again in {seconds} seconds.',
  },
  'retry.auto': {
    one: 'Retrying automatically in {seconds} second…',
    other: 'Retrying automatically in {seconds} seconds…',
  },
  'retry.at': 'You can try again at {time}.',
  'retry.ready': 'You can try again now.',
  'retry.now': 'Try again',
  'retry.retrying': 'Retrying…',
  offline: 'You’re offline. It will be sent once you’re back online.',
} as const;

export default en;
