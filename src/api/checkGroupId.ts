/**
 * Throws a `TypeError` naming the mistake when `groupId` cannot be a group:
 * not a string, blank (a route parameter not loaded yet), or a dot-segment.
 * `where` names the call in the message (`inviteUser`, `createBulkInvite`).
 */
export function checkGroupId(groupId: unknown, where: string): asserts groupId is string {
  if (typeof groupId !== 'string' || groupId.trim() === '') {
    const got = typeof groupId === 'string' ? JSON.stringify(groupId) : groupId === null ? 'null' : typeof groupId;
    throw new TypeError(`${where}: \`groupId\` must be a non-empty string (got ${got}).`);
  }
  // encodeURIComponent leaves "." and ".." as they are, and URL parsing resolves
  // them as dot-segments, which would send the request to another path.
  if (groupId === '.' || groupId === '..') {
    throw new TypeError(`${where}: \`groupId\` must not be "." or "..".`);
  }
}
