// A plain Node script in a folder where React is not installed: the
// React-free entry, `invite-kit/core`, against the loopback upstream mock.
// It ends on its own once its work is done (it never calls process.exit) and
// says when that was, so the smoke test can tell how long Node lingered.
export function nodeScriptFiles({ tarball }) {
  return {
    'package.json': JSON.stringify(
      {
        name: 'invite-kit-node-script',
        private: true,
        version: '0.0.0',
        type: 'module',
        dependencies: { 'invite-kit': `file:${tarball}` },
      },
      null,
      2,
    ),
    'invite.mjs': `import assert from 'node:assert/strict';
import { createInviteClient, decideRetry, InviteError, isInviteError, parseInvitee, parseRetryAfter } from 'invite-kit/core';

const baseUrl = process.env.INVITE_UPSTREAM_URL;
assert.ok(baseUrl, 'INVITE_UPSTREAM_URL is not set');
const client = createInviteClient({ baseUrl, clientId: 'node-script', getAccessToken: async () => 'token-from-a-script' });

const parsed = parseInvitee('  Ada@Example.ORG ');
assert.deepEqual(parsed, { ok: true, invitee: { email: 'Ada@example.org' } });
assert.ok(parsed.ok);
const result = await client.inviteUser({ groupId: 'reading-circle', invitee: parsed.invitee });
assert.equal(result.message, 'User has been invited successfully.');
console.log('invited', result.invitee.email);

let refused;
try {
  await client.inviteUser({ groupId: process.env.LOCKED_GROUP, invitee: { userId: 153 } });
} catch (error) {
  refused = error;
}
assert.ok(isInviteError(refused), \`expected an InviteError, got \${refused}\`);
assert.ok(refused instanceof InviteError);
assert.equal(refused.type, 'forbidden');
assert.equal(refused.status, 403);
assert.notEqual(decideRetry(refused, 0, Date.now()).type, 'auto', 'a 403 is never retried automatically');
console.log('refused', refused.type);

assert.equal(parseRetryAfter(new Headers({ 'retry-after': '30' }), Date.now()), 30000);
console.log(\`done \${Date.now()}\`);
`,
  };
}
