// A stand-in for the provider's API on a loopback port: the upstream the
// Next.js Route Handler proxies to and the plain Node script calls directly.
// It answers `PUT /v1/groups/:groupId/inviteUser` with the documented success
// body, or a documented 403 for the locked group, and records every request so
// the checks can see what reached it.
import { createServer } from 'node:http';

export const UPSTREAM_SUCCESS_BODY = { success: true, data: { message: 'User has been invited successfully.' } };
export const UPSTREAM_FORBIDDEN_BODY = {
  message: 'You are not allowed to invite users to this group.',
  type: 'forbidden',
  success: false,
};

const INVITE_PATH = /^\/v1\/groups\/([^/]+)\/inviteUser$/;

function send(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function invalid(response, message) {
  send(response, 400, { message, type: 'invalid_request', success: false });
}

/** Starts the mock upstream; resolves with its URL, the requests it saw, and `close()`. */
export function startUpstream({ lockedGroup }) {
  const requests = [];
  const server = createServer((request, response) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      const { pathname } = new URL(request.url ?? '/', 'http://upstream');
      const match = INVITE_PATH.exec(pathname);
      let body = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // recorded as null; answered below
      }
      const groupId = match ? decodeURIComponent(match[1]) : null;
      requests.push({
        method: request.method,
        path: pathname,
        groupId,
        body,
        token: request.headers['x-auth-token'] ?? null,
        clientId: request.headers['x-client-id'] ?? null,
      });
      if (request.method !== 'PUT' || !match) {
        send(response, 404, { message: `No route for ${request.method} ${pathname}`, type: 'not_found', success: false });
        return;
      }
      if (!request.headers['x-auth-token']) {
        send(response, 401, { message: 'Missing x-auth-token.', type: 'unauthorized', success: false });
        return;
      }
      const keys = body && typeof body === 'object' ? Object.keys(body) : [];
      const oneInvitee =
        keys.length === 1 &&
        ((keys[0] === 'email' && typeof body.email === 'string') ||
          (keys[0] === 'userId' && Number.isInteger(body.userId)));
      if (!oneInvitee) {
        invalid(response, 'The body must be exactly one of { "email": string } or { "userId": integer }.');
        return;
      }
      if (groupId === lockedGroup) {
        send(response, 403, UPSTREAM_FORBIDDEN_BODY);
        return;
      }
      send(response, 200, UPSTREAM_SUCCESS_BODY);
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
