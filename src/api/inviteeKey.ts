import type { Invitee } from './createInviteClient.js';

/** Who an invitee is, for telling repeats apart: an email whatever its case, a user ID as a number. */
export function inviteeKey(invitee: Invitee): string {
  return invitee.email === undefined ? `#${invitee.userId}` : invitee.email.toLowerCase();
}
