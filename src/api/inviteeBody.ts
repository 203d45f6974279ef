import type { Invitee } from './createInviteClient.js';

/**
 * The request body for an invitee, or a `TypeError` naming the mistake when
 * it is not one: exactly one of a non-empty `email` or a positive integer
 * `userId`. `name` says where it came from (`inviteUser: \`invitee\``).
 */
export function inviteeBody(invitee: Invitee, name: string): { email: string } | { userId: number } {
  const hasEmail = invitee != null && 'email' in invitee && invitee.email !== undefined;
  const hasUserId = invitee != null && 'userId' in invitee && invitee.userId !== undefined;
  if (hasEmail === hasUserId) throw new TypeError(`${name} must have exactly one of \`email\` or \`userId\`.`);
  if (hasEmail) {
    if (typeof invitee.email !== 'string' || invitee.email === '') {
      throw new TypeError(`${name}: \`email\` must be a non-empty string.`);
    }
    return { email: invitee.email };
  }
  if (!Number.isSafeInteger(invitee.userId) || (invitee.userId as number) <= 0) {
    throw new TypeError(`${name}: \`userId\` must be a positive integer.`);
  }
  return { userId: invitee.userId as number };
}
