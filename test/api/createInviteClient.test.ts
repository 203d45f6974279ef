import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createInviteClient,
  type InviteClientOptions,
  type Invitee,
} from '../../src/api/createInviteClient.js';
import { InviteError } from '../../src/api/InviteError.js';
import { BASE_URL, ENDPOINT, rejectionOf, useMockApi } from '../support/mockApi.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.secret-token-value.signature';
const CLIENT_ID = 'my-client-id';
const EMAIL: Invitee = { email: 'someone@example.org' };

const server = useMockApi();

afterEach(() => {
  vi.useRealTimers();
});

function makeClient(overrides: Partial<InviteClientOptions> = {}) {
  return createInviteClient({
    baseUrl: BASE_URL,
    clientId: CLIENT_ID,
    getAccessToken: async () => TOKEN,
    ...overrides,
  });
}

/** Settles the promise and hands back what it rejected with; fails the test if it resolved. */
/** Answers every call to the endpoint with `respond()` and counts the calls. */
function serve(respond: () => Response | Promise<Response>) {
  const seen = { count: 0 };
  server.use(
    http.put(ENDPOINT, () => {
      seen.count += 1;
      return respond();
    }),
  );
  return seen;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('createInviteClient', () => {
  describe('given a valid invitation', () => {
    it('should send a PUT to {baseUrl}/v1/groups/{groupId}/inviteUser', async () => {
      const requests: Request[] = [];
      server.use(
        http.all('*', ({ request }) => {
          requests.push(request);
          return HttpResponse.json({ success: true, data: {} });
        }),
      );

      await makeClient().inviteUser({ groupId: '1234', invitee: EMAIL });

      expect(requests).toHaveLength(1);
      expect(requests[0]?.method).toBe('PUT');
      expect(requests[0]?.url).toBe('https://api.example.test/auth/v1/groups/1234/inviteUser');
    });

    it('should path-encode the groupId', async () => {
      const urls: string[] = [];
      server.use(
        http.all('*', ({ request }) => {
          urls.push(request.url);
          return HttpResponse.json({ success: true, data: {} });
        }),
      );

      await makeClient().inviteUser({ groupId: 'a/b c?x=1#frag', invitee: EMAIL });

      expect(urls).toEqual(['https://api.example.test/auth/v1/groups/a%2Fb%20c%3Fx%3D1%23frag/inviteUser']);
    });

    it('should not double the slash when baseUrl ends with one', async () => {
      const urls: string[] = [];
      server.use(
        http.all('*', ({ request }) => {
          urls.push(request.url);
          return HttpResponse.json({ success: true, data: {} });
        }),
      );

      await makeClient({ baseUrl: 'https://api.example.test/auth/' }).inviteUser({ groupId: '1', invitee: EMAIL });
      await makeClient({ baseUrl: 'https://api.example.test/auth///' }).inviteUser({ groupId: '2', invitee: EMAIL });

      expect(urls).toEqual([
        'https://api.example.test/auth/v1/groups/1/inviteUser',
        'https://api.example.test/auth/v1/groups/2/inviteUser',
      ]);
    });

    it('should work with a baseUrl that is only an origin', async () => {
      const urls: string[] = [];
      server.use(
        http.all('*', ({ request }) => {
          urls.push(request.url);
          return HttpResponse.json({ success: true, data: {} });
        }),
      );

      await makeClient({ baseUrl: 'https://proxy.example.test' }).inviteUser({ groupId: '7', invitee: EMAIL });

      expect(urls).toEqual(['https://proxy.example.test/v1/groups/7/inviteUser']);
    });

    it('should send JSON Content-Type and Accept headers', async () => {
      const headers: Headers[] = [];
      server.use(
        http.put(ENDPOINT, ({ request }) => {
          headers.push(request.headers);
          return HttpResponse.json({ success: true, data: {} });
        }),
      );

      await makeClient().inviteUser({ groupId: '1234', invitee: EMAIL });

      expect(headers[0]?.get('content-type')).toBe('application/json');
      expect(headers[0]?.get('accept')).toBe('application/json');
    });

    it('should send the awaited access token as x-auth-token and the client id as x-client-id', async () => {
      const headers: Headers[] = [];
      server.use(
        http.put(ENDPOINT, ({ request }) => {
          headers.push(request.headers);
          return HttpResponse.json({ success: true, data: {} });
        }),
      );
      const client = makeClient({
        getAccessToken: async () => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          return 'async-token';
        },
      });

      await client.inviteUser({ groupId: '1234', invitee: EMAIL });

      expect(headers[0]?.get('x-auth-token')).toBe('async-token');
      expect(headers[0]?.get('x-client-id')).toBe(CLIENT_ID);
    });

    it('should accept a synchronous getAccessToken', async () => {
      const headers: Headers[] = [];
      server.use(
        http.put(ENDPOINT, ({ request }) => {
          headers.push(request.headers);
          return HttpResponse.json({ success: true, data: {} });
        }),
      );

      await makeClient({ getAccessToken: () => 'sync-token' }).inviteUser({ groupId: '1234', invitee: EMAIL });

      expect(headers[0]?.get('x-auth-token')).toBe('sync-token');
    });

    it('should ask for the access token again for every request', async () => {
      const tokens: (string | null)[] = [];
      server.use(
        http.put(ENDPOINT, ({ request }) => {
          tokens.push(request.headers.get('x-auth-token'));
          return HttpResponse.json({ success: true, data: {} });
        }),
      );
      let n = 0;
      const client = makeClient({ getAccessToken: async () => `token-${++n}` });

      await client.inviteUser({ groupId: '1234', invitee: EMAIL });
      await client.inviteUser({ groupId: '1234', invitee: EMAIL });

      expect(tokens).toEqual(['token-1', 'token-2']);
    });

    it('should send an email invitee as a body with only the email', async () => {
      const bodies: unknown[] = [];
      server.use(
        http.put(ENDPOINT, async ({ request }) => {
          bodies.push(await request.json());
          return HttpResponse.json({ success: true, data: {} });
        }),
      );

      await makeClient().inviteUser({ groupId: '1234', invitee: { email: 'someone@example.org' } });

      expect(bodies).toEqual([{ email: 'someone@example.org' }]);
    });

    it('should send a userId invitee as a body with only the userId, as a JSON number', async () => {
      const bodies: string[] = [];
      server.use(
        http.put(ENDPOINT, async ({ request }) => {
          bodies.push(await request.text());
          return HttpResponse.json({ success: true, data: {} });
        }),
      );

      await makeClient().inviteUser({ groupId: '1234', invitee: { userId: 153 } });

      expect(bodies).toEqual(['{"userId":153}']);
    });

    it('should resolve on a 200 with the documented success body', async () => {
      serve(() => HttpResponse.json({ success: true, data: {} }));

      await expect(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL })).resolves.toEqual({
        groupId: '1234',
        invitee: EMAIL,
        message: null,
      });
    });

    it("should resolve with the server's confirmation text when it sends one", async () => {
      serve(() => HttpResponse.json({ success: true, data: { message: 'User has been invited successfully.' } }));

      await expect(makeClient().inviteUser({ groupId: '1234', invitee: { userId: 153 } })).resolves.toEqual({
        groupId: '1234',
        invitee: { userId: 153 },
        message: 'User has been invited successfully.',
      });
    });

    it('should resolve on a 204 with no body', async () => {
      serve(() => new HttpResponse(null, { status: 204 }));

      await expect(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL })).resolves.toEqual({
        groupId: '1234',
        invitee: EMAIL,
        message: null,
      });
    });
  });

  describe('given an injected fetch', () => {
    it('should send the request through it instead of the global fetch', async () => {
      const seen = serve(() => HttpResponse.json({ success: true, data: {} }));
      const fetch = vi.fn<typeof globalThis.fetch>(
        async () => new Response(JSON.stringify({ success: true, data: {} }), { status: 200 }),
      );

      await makeClient({ fetch, baseUrl: 'https://proxy.example.test/api/quran/' }).inviteUser({
        groupId: 'g 1',
        invitee: { userId: 42 },
      });

      expect(seen.count).toBe(0);
      expect(fetch).toHaveBeenCalledTimes(1);
      const [url, init] = fetch.mock.calls[0]!;
      expect(url).toBe('https://proxy.example.test/api/quran/v1/groups/g%201/inviteUser');
      expect(init?.method).toBe('PUT');
      expect(init?.body).toBe('{"userId":42}');
      expect(new Headers(init?.headers).get('x-auth-token')).toBe(TOKEN);
      expect(new Headers(init?.headers).get('x-client-id')).toBe(CLIENT_ID);
    });

    it('should turn what the injected fetch answers into a typed error', async () => {
      const fetch = vi.fn<typeof globalThis.fetch>(
        async () => new Response(JSON.stringify({ message: 'Nope', type: 'not_found', success: false }), { status: 404 }),
      );

      const error = await rejectionOf(makeClient({ fetch }).inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'not_found', status: 404, retryAfterMs: null, serverMessage: 'Nope' });
    });
  });

  describe('given invalid options', () => {
    it('should throw a TypeError when baseUrl is missing', () => {
      const options = { clientId: CLIENT_ID, getAccessToken: () => TOKEN } as unknown as InviteClientOptions;

      expect(() => createInviteClient(options)).toThrow(TypeError);
    });

    it('should throw a TypeError when baseUrl is empty or blank', () => {
      expect(() => makeClient({ baseUrl: '' })).toThrow(TypeError);
      expect(() => makeClient({ baseUrl: '   ' })).toThrow(TypeError);
    });

    it('should throw a TypeError when getAccessToken is not a function', () => {
      const getAccessToken = TOKEN as unknown as InviteClientOptions['getAccessToken'];

      expect(() => makeClient({ getAccessToken })).toThrow(TypeError);
    });
  });

  describe('given invalid arguments', () => {
    it('should reject with a TypeError and send nothing for an empty groupId', async () => {
      const seen = serve(() => HttpResponse.json({ success: true, data: {} }));
      const client = makeClient();

      await expect(client.inviteUser({ groupId: '', invitee: EMAIL })).rejects.toThrow(TypeError);
      await expect(client.inviteUser({ groupId: '   ', invitee: EMAIL })).rejects.toThrow(TypeError);
      expect(seen.count).toBe(0);
    });

    it('should reject with a TypeError and send nothing for a groupId that would leave the groups path', async () => {
      const seen = { count: 0 };
      server.use(
        http.all('*', () => {
          seen.count += 1;
          return HttpResponse.json({ success: true, data: {} });
        }),
      );
      const client = makeClient();

      await expect(client.inviteUser({ groupId: '..', invitee: EMAIL })).rejects.toThrow(TypeError);
      await expect(client.inviteUser({ groupId: '.', invitee: EMAIL })).rejects.toThrow(TypeError);
      expect(seen.count).toBe(0);
    });

    it('should reject with a TypeError and send nothing for an invitee with both email and userId', async () => {
      const seen = serve(() => HttpResponse.json({ success: true, data: {} }));
      const invitee = { email: 'someone@example.org', userId: 153 } as unknown as Invitee;

      await expect(makeClient().inviteUser({ groupId: '1234', invitee })).rejects.toThrow(TypeError);
      expect(seen.count).toBe(0);
    });

    it('should reject with a TypeError and send nothing for an invitee with neither email nor userId', async () => {
      const seen = serve(() => HttpResponse.json({ success: true, data: {} }));
      const client = makeClient();

      await expect(client.inviteUser({ groupId: '1234', invitee: {} as unknown as Invitee })).rejects.toThrow(TypeError);
      await expect(
        client.inviteUser({ groupId: '1234', invitee: { email: undefined, userId: undefined } as unknown as Invitee }),
      ).rejects.toThrow(TypeError);
      await expect(client.inviteUser({ groupId: '1234', invitee: null as unknown as Invitee })).rejects.toThrow(
        TypeError,
      );
      expect(seen.count).toBe(0);
    });

    it('should reject with a TypeError and send nothing for a userId that is not a positive integer', async () => {
      const seen = serve(() => HttpResponse.json({ success: true, data: {} }));
      const client = makeClient();

      await expect(client.inviteUser({ groupId: '1234', invitee: { userId: 0 } })).rejects.toThrow(TypeError);
      await expect(client.inviteUser({ groupId: '1234', invitee: { userId: -1 } })).rejects.toThrow(TypeError);
      await expect(client.inviteUser({ groupId: '1234', invitee: { userId: 1.5 } })).rejects.toThrow(TypeError);
      await expect(client.inviteUser({ groupId: '1234', invitee: { userId: Number.NaN } })).rejects.toThrow(TypeError);
      await expect(
        client.inviteUser({ groupId: '1234', invitee: { userId: Number.MAX_SAFE_INTEGER + 1 } }),
      ).rejects.toThrow(TypeError);
      await expect(
        client.inviteUser({ groupId: '1234', invitee: { userId: '153' } as unknown as Invitee }),
      ).rejects.toThrow(TypeError);
      expect(seen.count).toBe(0);
    });

    it('should reject with a TypeError and send nothing for an empty email', async () => {
      const seen = serve(() => HttpResponse.json({ success: true, data: {} }));

      await expect(makeClient().inviteUser({ groupId: '1234', invitee: { email: '' } })).rejects.toThrow(TypeError);
      expect(seen.count).toBe(0);
    });
  });

  describe('given a documented error response', () => {
    it('should reject a 400 as invalid_request', async () => {
      serve(() =>
        HttpResponse.json(
          { message: 'The request is missing required headers or is invalid', type: 'invalid_request', success: false },
          { status: 400 },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({
        type: 'invalid_request',
        status: 400,
        retryAfterMs: null,
        serverMessage: 'The request is missing required headers or is invalid',
      });
    });

    it('should reject a 401 as unauthorized', async () => {
      serve(() =>
        HttpResponse.json(
          { message: 'The request requires user authentication', type: 'unauthorized', success: false },
          { status: 401 },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({
        type: 'unauthorized',
        status: 401,
        retryAfterMs: null,
        serverMessage: 'The request requires user authentication',
      });
    });

    it('should reject a 403 as forbidden', async () => {
      serve(() =>
        HttpResponse.json(
          { message: 'The server understood the request, but refuses to authorize it', type: 'forbidden', success: false },
          { status: 403 },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({
        type: 'forbidden',
        status: 403,
        retryAfterMs: null,
        serverMessage: 'The server understood the request, but refuses to authorize it',
      });
    });

    it('should reject a 404 as not_found', async () => {
      serve(() =>
        HttpResponse.json(
          { message: 'The requested resource could not be found', type: 'not_found', success: false },
          { status: 404 },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({
        type: 'not_found',
        status: 404,
        retryAfterMs: null,
        serverMessage: 'The requested resource could not be found',
      });
    });

    it('should reject a 422 as unprocessable_entity', async () => {
      serve(() =>
        HttpResponse.json(
          {
            message: 'The request was well-formed but was unable to be followed due to semantic errors',
            type: 'unprocessable_entity',
            success: false,
          },
          { status: 422 },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({
        type: 'unprocessable_entity',
        status: 422,
        retryAfterMs: null,
        serverMessage: 'The request was well-formed but was unable to be followed due to semantic errors',
      });
    });

    it('should reject a 429 as rate_limit_exceeded', async () => {
      serve(() =>
        HttpResponse.json(
          { message: 'Too many requests, please try again later', type: 'rate_limit_exceeded', success: false },
          { status: 429 },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({
        type: 'rate_limit_exceeded',
        status: 429,
        retryAfterMs: null,
        serverMessage: 'Too many requests, please try again later',
      });
    });

    it('should reject a 500 as internal_server_error', async () => {
      serve(() =>
        HttpResponse.json(
          {
            message: 'The server encountered an internal error and was unable to complete your request',
            type: 'internal_server_error',
            success: false,
          },
          { status: 500 },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({
        type: 'internal_server_error',
        status: 500,
        retryAfterMs: null,
        serverMessage: 'The server encountered an internal error and was unable to complete your request',
      });
    });

    it('should reject a 502 as bad_gateway', async () => {
      serve(() =>
        HttpResponse.json(
          {
            message:
              'The server was acting as a gateway or proxy and received an invalid response from the upstream server',
            type: 'bad_gateway',
            success: false,
          },
          { status: 502 },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({
        type: 'bad_gateway',
        status: 502,
        retryAfterMs: null,
        serverMessage:
          'The server was acting as a gateway or proxy and received an invalid response from the upstream server',
      });
    });

    it('should reject a 503 as service_unavailable', async () => {
      serve(() =>
        HttpResponse.json(
          {
            message:
              'The server is currently unable to handle the request due to a temporary overload or scheduled maintenance',
            type: 'service_unavailable',
            success: false,
          },
          { status: 503 },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({
        type: 'service_unavailable',
        status: 503,
        retryAfterMs: null,
        serverMessage:
          'The server is currently unable to handle the request due to a temporary overload or scheduled maintenance',
      });
    });

    it('should reject a 504 as gateway_timeout', async () => {
      serve(() =>
        HttpResponse.json(
          {
            message:
              'The server was acting as a gateway or proxy and did not receive a timely response from the upstream server',
            type: 'gateway_timeout',
            success: false,
          },
          { status: 504 },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({
        type: 'gateway_timeout',
        status: 504,
        retryAfterMs: null,
        serverMessage:
          'The server was acting as a gateway or proxy and did not receive a timely response from the upstream server',
      });
    });
  });

  describe('given an odd response', () => {
    it('should read the legacy body shape', async () => {
      serve(() =>
        HttpResponse.json(
          { success: false, error: { code: 'ForbiddenError', message: 'You are not a member of this group' } },
          { status: 403 },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({
        type: 'forbidden',
        status: 403,
        retryAfterMs: null,
        serverMessage: 'You are not a member of this group',
      });
    });

    it("should take the legacy body's error code when a 200 says success:false", async () => {
      serve(() =>
        HttpResponse.json({ success: false, error: { code: 'NotFoundError', message: 'No such group' } }, { status: 200 }),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'not_found', status: 200, retryAfterMs: null, serverMessage: 'No such group' });
    });

    it.each(['__proto__', 'constructor', 'toString'])(
      'should read a legacy error code of %j as unknown_error, not as a property of Object.prototype',
      async (code) => {
        serve(() => HttpResponse.json({ success: false, error: { code } }, { status: 200 }));

        const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

        expect(error).toMatchObject({ type: 'unknown_error', status: 200, retryAfterMs: null, serverMessage: null });
      },
    );

    it('should reject an HTML 502 page from a proxy as bad_gateway with no server message', async () => {
      serve(() =>
        HttpResponse.html('<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>', {
          status: 502,
        }),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'bad_gateway', status: 502, retryAfterMs: null, serverMessage: null });
    });

    it('should reject an empty 503 as service_unavailable', async () => {
      serve(() => new HttpResponse(null, { status: 503 }));

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'service_unavailable', status: 503, retryAfterMs: null, serverMessage: null });
    });

    it('should reject truncated JSON by its status', async () => {
      serve(
        () =>
          new HttpResponse('{"message":"The request is missing required headers","type":"forbid', {
            status: 400,
            headers: { 'Content-Type': 'application/json' },
          }),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'invalid_request', status: 400, retryAfterMs: null, serverMessage: null });
    });

    it('should reject a 200 whose body says success:false with its type', async () => {
      serve(() => HttpResponse.json({ success: false, type: 'forbidden', message: 'x' }, { status: 200 }));

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'forbidden', status: 200, retryAfterMs: null, serverMessage: 'x' });
    });

    it('should reject a 200 whose body is only success:false as unknown_error', async () => {
      serve(() => HttpResponse.json({ success: false }, { status: 200 }));

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'unknown_error', status: 200, retryAfterMs: null, serverMessage: null });
    });

    it('should reject a 200 with an HTML page as unknown_error', async () => {
      serve(() => HttpResponse.html('<!doctype html><title>Sign in</title><form>Wi-Fi login</form>', { status: 200 }));

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'unknown_error', status: 200, retryAfterMs: null, serverMessage: null });
    });

    it('should map an unlisted 4xx with an unknown body type to invalid_request', async () => {
      serve(() => HttpResponse.json({ success: false, type: 'teapot', message: "I'm a teapot" }, { status: 418 }));

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({
        type: 'invalid_request',
        status: 418,
        retryAfterMs: null,
        serverMessage: "I'm a teapot",
      });
    });

    it('should map an unlisted 5xx with an unknown body type to internal_server_error', async () => {
      serve(() => HttpResponse.json({ success: false, type: 'network_read_timeout', message: 'Upstream' }, { status: 599 }));

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({
        type: 'internal_server_error',
        status: 599,
        retryAfterMs: null,
        serverMessage: 'Upstream',
      });
    });

    it('should map a status outside 2xx, 4xx and 5xx to unknown_error', async () => {
      serve(() => new HttpResponse('Multiple choices', { status: 300 }));

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'unknown_error', status: 300, retryAfterMs: null, serverMessage: null });
    });

    it("should let the body's documented type win over the status", async () => {
      serve(() => HttpResponse.json({ success: false, type: 'forbidden', message: 'No access' }, { status: 400 }));

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'forbidden', status: 400, retryAfterMs: null, serverMessage: 'No access' });
    });

    it('should turn a 5 MB body into a typed error without reading all of it', async () => {
      const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
      const chunks = 80; // 80 × 64 KiB = 5 MiB
      let pulled = 0;
      serve(() => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"type":"forbidden","message":"'));
          },
          pull(controller) {
            pulled += 1;
            if (pulled > chunks) {
              controller.enqueue(new TextEncoder().encode('"}'));
              controller.close();
            } else {
              controller.enqueue(chunk);
            }
          },
        });
        return new HttpResponse(body, { status: 500, headers: { 'Content-Type': 'application/json' } });
      });

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      // Only the first 64 KiB are read, so the JSON is cut short: the status decides.
      expect(error).toMatchObject({ type: 'internal_server_error', status: 500, retryAfterMs: null, serverMessage: null });
      expect(pulled).toBeLessThan(chunks / 2);
    }, 2_000);

    it('should turn a 5 MB string body into a typed error quickly', async () => {
      serve(() => HttpResponse.json({ success: false, message: 'm'.repeat(5 * 1024 * 1024) }, { status: 502 }));

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'bad_gateway', status: 502, retryAfterMs: null });
      const { serverMessage } = error as InviteError;
      expect(serverMessage === null || serverMessage.length <= 300).toBe(true);
    }, 2_000);
  });

  describe('given a server message', () => {
    it('should keep markup as literal text', async () => {
      serve(() =>
        HttpResponse.json({ success: false, type: 'forbidden', message: '<img src=x onerror=alert(1)>' }, { status: 403 }),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toMatchObject({
        type: 'forbidden',
        status: 403,
        retryAfterMs: null,
        serverMessage: '<img src=x onerror=alert(1)>',
      });
    });

    it('should remove control characters', async () => {
      serve(() =>
        HttpResponse.json(
          { success: false, type: 'invalid_request', message: 'Bad\u0000request\u0007\u001b[31m now\u007f\u0085!' },
          { status: 400 },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toMatchObject({
        type: 'invalid_request',
        status: 400,
        retryAfterMs: null,
        serverMessage: 'Bad request [31m now !',
      });
    });

    it('should fold white space and trim it', async () => {
      serve(() =>
        HttpResponse.json(
          { success: false, type: 'invalid_request', message: '  \n Lots \t\t of\r\n\r\nspace\u00a0\u00a0here  ' },
          { status: 400 },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toMatchObject({
        type: 'invalid_request',
        status: 400,
        retryAfterMs: null,
        serverMessage: 'Lots of space here',
      });
    });

    it('should treat a blank message as none', async () => {
      serve(() => HttpResponse.json({ success: false, type: 'invalid_request', message: ' \n\u0000 ' }, { status: 400 }));

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toMatchObject({ type: 'invalid_request', status: 400, retryAfterMs: null, serverMessage: null });
    });

    it('should cap a long message at 300 characters ending with an ellipsis', async () => {
      serve(() =>
        HttpResponse.json({ success: false, type: 'invalid_request', message: 'x'.repeat(50_000) }, { status: 400 }),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toMatchObject({ type: 'invalid_request', status: 400, retryAfterMs: null });
      expect((error as InviteError).serverMessage).toBe(`${'x'.repeat(299)}…`);
    });

    it('should cap a long message of astral characters at 300 UTF-16 units without splitting a pair', async () => {
      serve(() => HttpResponse.json({ success: false, type: 'invalid_request', message: '😀'.repeat(400) }, { status: 400 }));

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toMatchObject({ type: 'invalid_request', status: 400, retryAfterMs: null });
      const { serverMessage } = error as InviteError;
      expect(serverMessage?.length).toBeLessThanOrEqual(300);
      expect(serverMessage?.endsWith('…')).toBe(true);
      expect(serverMessage).not.toMatch(LONE_SURROGATE);
    });
  });

  describe('given no response', () => {
    it('should reject a failed fetch as network_error', async () => {
      serve(() => HttpResponse.error());

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'network_error', status: null, retryAfterMs: null, serverMessage: null });
    });

    it('should reject as timeout when the server does not answer within timeoutMs', async () => {
      serve(async () => {
        await delay('infinite');
        return HttpResponse.json({ success: true, data: {} });
      });

      const error = await rejectionOf(makeClient({ timeoutMs: 50 }).inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'timeout', status: null, retryAfterMs: null, serverMessage: null });
    });

    it('should reject as timeout when the body does not finish within timeoutMs', async () => {
      serve(() => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"success":'));
          },
        });
        return new HttpResponse(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
      });

      const error = await rejectionOf(makeClient({ timeoutMs: 50 }).inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'timeout', status: null, retryAfterMs: null, serverMessage: null });
    });

    it('should reject as timeout when getAccessToken does not settle within timeoutMs', async () => {
      const seen = serve(() => HttpResponse.json({ success: true, data: {} }));
      const client = makeClient({ timeoutMs: 50, getAccessToken: () => new Promise<string>(() => {}) });

      const error = await rejectionOf(client.inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'timeout', status: null, retryAfterMs: null, serverMessage: null });
      expect(seen.count).toBe(0);
    }, 2_000);

    it('should reject as unauthorized without a status when getAccessToken throws', async () => {
      const seen = serve(() => HttpResponse.json({ success: true, data: {} }));
      const client = makeClient({
        getAccessToken: async () => {
          throw new Error('Session expired');
        },
      });

      const error = await rejectionOf(client.inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'unauthorized', status: null, retryAfterMs: null, serverMessage: null });
      expect(seen.count).toBe(0);
    });

    it('should reject as unauthorized without a status when getAccessToken gives an empty token', async () => {
      const seen = serve(() => HttpResponse.json({ success: true, data: {} }));

      const error = await rejectionOf(makeClient({ getAccessToken: () => '' }).inviteUser({ groupId: '1', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ type: 'unauthorized', status: null, retryAfterMs: null, serverMessage: null });
      expect(seen.count).toBe(0);
    });
  });

  describe('given the caller aborts', () => {
    it('should reject with an AbortError that is not an InviteError when aborted in flight', async () => {
      const seen = serve(async () => {
        await delay('infinite');
        return HttpResponse.json({ success: true, data: {} });
      });
      const controller = new AbortController();

      const pending = rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL, signal: controller.signal }));
      await vi.waitFor(() => expect(seen.count).toBe(1));
      controller.abort();
      const error = await pending;

      expect(error).not.toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ name: 'AbortError' });
    });

    it('should reject with an AbortError when aborted in flight with a reason of its own', async () => {
      const seen = serve(async () => {
        await delay('infinite');
        return HttpResponse.json({ success: true, data: {} });
      });
      const controller = new AbortController();

      const pending = rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL, signal: controller.signal }));
      await vi.waitFor(() => expect(seen.count).toBe(1));
      controller.abort(new Error('Dialog closed'));
      const error = await pending;

      expect(error).not.toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ name: 'AbortError' });
    });

    it('should reject with an AbortError and send nothing when the signal is already aborted', async () => {
      const seen = serve(() => HttpResponse.json({ success: true, data: {} }));
      const controller = new AbortController();
      controller.abort();

      const error = await rejectionOf(
        makeClient().inviteUser({ groupId: '1234', invitee: EMAIL, signal: controller.signal }),
      );

      expect(error).not.toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ name: 'AbortError' });
      expect(seen.count).toBe(0);
    });

    it('should reject with an AbortError when the signal was already aborted with a reason of its own', async () => {
      const seen = serve(() => HttpResponse.json({ success: true, data: {} }));
      const controller = new AbortController();
      controller.abort(new Error('Dialog closed'));

      const error = await rejectionOf(
        makeClient().inviteUser({ groupId: '1234', invitee: EMAIL, signal: controller.signal }),
      );

      expect(error).not.toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ name: 'AbortError' });
      expect(seen.count).toBe(0);
    });

    it('should reject with an AbortError and send nothing when aborted while getAccessToken is pending', async () => {
      const seen = serve(() => HttpResponse.json({ success: true, data: {} }));
      const controller = new AbortController();
      let asked = false;
      const client = makeClient({
        getAccessToken: () => {
          asked = true;
          return new Promise<string>(() => {});
        },
      });

      const pending = rejectionOf(client.inviteUser({ groupId: '1234', invitee: EMAIL, signal: controller.signal }));
      await vi.waitFor(() => expect(asked).toBe(true));
      controller.abort();
      const error = await pending;

      expect(error).not.toBeInstanceOf(InviteError);
      expect(error).toMatchObject({ name: 'AbortError' });
      expect(seen.count).toBe(0);
    }, 2_000);
  });

  describe('given the access token', () => {
    it('should never put it in the error message, even when the server echoes it', async () => {
      serve(() =>
        HttpResponse.json(
          { success: false, type: 'unauthorized', message: `Token ${TOKEN} is expired` },
          { status: 401 },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toBeInstanceOf(InviteError);
      expect((error as InviteError).message).not.toContain(TOKEN);
      expect(String(error)).not.toContain(TOKEN);
    });

    it('should never put it in the message of a network error or a timeout', async () => {
      serve(() => HttpResponse.error());
      const networkError = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));
          serve(async () => {
        await delay('infinite');
        return HttpResponse.json({ success: true, data: {} });
      });
      const timeoutError = await rejectionOf(makeClient({ timeoutMs: 50 }).inviteUser({ groupId: '1', invitee: EMAIL }));

      expect(networkError).toMatchObject({ type: 'network_error' });
      expect(timeoutError).toMatchObject({ type: 'timeout' });
      for (const error of [networkError, timeoutError]) {
        expect((error as InviteError).message).not.toContain(TOKEN);
        expect((error as InviteError).serverMessage).toBeNull();
        expect(String(error)).not.toContain(TOKEN);
      }
    });
  });

  describe('given a Retry-After header', () => {
    it('should read delay-seconds on a 429', async () => {
      serve(() =>
        HttpResponse.json(
          { message: 'Too many requests, please try again later', type: 'rate_limit_exceeded', success: false },
          { status: 429, headers: { 'Retry-After': '30' } },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toMatchObject({
        type: 'rate_limit_exceeded',
        status: 429,
        retryAfterMs: 30_000,
        serverMessage: 'Too many requests, please try again later',
      });
    });

    it('should read delay-seconds on a 503', async () => {
      serve(() => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '120' } }));

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toMatchObject({ type: 'service_unavailable', status: 503, retryAfterMs: 120_000, serverMessage: null });
    });

    it('should read an HTTP-date on a 429 relative to now', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-10-21T07:27:00Z'));
      serve(() =>
        HttpResponse.json(
          { message: 'Too many requests, please try again later', type: 'rate_limit_exceeded', success: false },
          { status: 429, headers: { 'Retry-After': 'Wed, 21 Oct 2026 07:28:00 GMT' } },
        ),
      );

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toMatchObject({
        type: 'rate_limit_exceeded',
        status: 429,
        retryAfterMs: 60_000,
        serverMessage: 'Too many requests, please try again later',
      });
    });

    it('should read an HTTP-date on a 503 relative to now', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-10-21T07:27:30Z'));
      serve(() => new HttpResponse(null, { status: 503, headers: { 'Retry-After': 'Wed, 21 Oct 2026 07:28:00 GMT' } }));

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toMatchObject({ type: 'service_unavailable', status: 503, retryAfterMs: 30_000, serverMessage: null });
    });

    it('should read an HTTP-date in the past as no wait and not block the next request', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-10-21T08:00:00Z'));
      let calls = 0;
      server.use(
        http.put(ENDPOINT, () => {
          calls += 1;
          return calls === 1
            ? new HttpResponse(null, { status: 503, headers: { 'Retry-After': 'Wed, 21 Oct 2026 07:28:00 GMT' } })
            : HttpResponse.json({ success: true, data: {} });
        }),
      );
      const client = makeClient();

      const error = await rejectionOf(client.inviteUser({ groupId: '1234', invitee: EMAIL }));
      await client.inviteUser({ groupId: '1234', invitee: EMAIL });

      expect(error).toMatchObject({ type: 'service_unavailable', status: 503, retryAfterMs: 0, serverMessage: null });
      expect(calls).toBe(2);
    });

    it('should ignore a garbage Retry-After', async () => {
      serve(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': 'soon-ish' } }));

      const error = await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(error).toMatchObject({ type: 'rate_limit_exceeded', status: 429, retryAfterMs: null, serverMessage: null });
    });
  });

  describe('given the server asked to wait', () => {
    const T0 = Date.UTC(2026, 9, 21, 7, 0, 0);

    function rateLimitedOnce() {
      const seen = { count: 0 };
      server.use(
        http.put(ENDPOINT, () => {
          seen.count += 1;
          return seen.count === 1
            ? HttpResponse.json(
                { message: 'Too many requests, please try again later', type: 'rate_limit_exceeded', success: false },
                { status: 429, headers: { 'Retry-After': '30' } },
              )
            : HttpResponse.json({ success: true, data: {} });
        }),
      );
      return seen;
    }

    it('should reject a second call on the same client at once without sending it', async () => {
      const seen = rateLimitedOnce();
      const client = makeClient();
      await rejectionOf(client.inviteUser({ groupId: '1234', invitee: EMAIL }));

      const error = await rejectionOf(client.inviteUser({ groupId: '5678', invitee: { userId: 153 } }));

      expect(seen.count).toBe(1);
      expect(error).toBeInstanceOf(InviteError);
      expect(error).toMatchObject({
        type: 'rate_limit_exceeded',
        status: 429,
        serverMessage: 'Too many requests, please try again later',
      });
      const { retryAfterMs } = error as InviteError;
      expect(retryAfterMs).toBeGreaterThan(0);
      expect(retryAfterMs).toBeLessThanOrEqual(30_000);
    });

    it('should report the time left in retryAfterMs', async () => {
      vi.useFakeTimers({ toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout'], now: T0 });
      const seen = rateLimitedOnce();
      const client = makeClient();
      await rejectionOf(client.inviteUser({ groupId: '1234', invitee: EMAIL }));
      vi.advanceTimersByTime(29_000);

      const error = await rejectionOf(client.inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(seen.count).toBe(1);
      expect(error).toMatchObject({
        type: 'rate_limit_exceeded',
        status: 429,
        retryAfterMs: 1_000,
        serverMessage: 'Too many requests, please try again later',
        refused: true,
      });
    });

    it('should not block a different client', async () => {
      const seen = rateLimitedOnce();
      await rejectionOf(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL }));

      await expect(makeClient().inviteUser({ groupId: '1234', invitee: EMAIL })).resolves.toMatchObject({
        groupId: '1234',
      });
      expect(seen.count).toBe(2);
    });

    it('should send again once the wait has passed', async () => {
      vi.useFakeTimers({ toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout'], now: T0 });
      const seen = rateLimitedOnce();
      const client = makeClient();
      await rejectionOf(client.inviteUser({ groupId: '1234', invitee: EMAIL }));
      vi.advanceTimersByTime(30_000);

      await expect(client.inviteUser({ groupId: '1234', invitee: EMAIL })).resolves.toMatchObject({ groupId: '1234' });
      expect(seen.count).toBe(2);
    });

    it('should not block after a 429 without any wait header', async () => {
      let calls = 0;
      server.use(
        http.put(ENDPOINT, () => {
          calls += 1;
          return calls === 1 ? new HttpResponse(null, { status: 429 }) : HttpResponse.json({ success: true, data: {} });
        }),
      );
      const client = makeClient();

      await rejectionOf(client.inviteUser({ groupId: '1234', invitee: EMAIL }));
      await client.inviteUser({ groupId: '1234', invitee: EMAIL });

      expect(calls).toBe(2);
    });

    it('should block after a 503 with Retry-After too', async () => {
      let calls = 0;
      server.use(
        http.put(ENDPOINT, () => {
          calls += 1;
          return new HttpResponse(null, { status: 503, headers: { 'Retry-After': '10' } });
        }),
      );
      const client = makeClient();
      await rejectionOf(client.inviteUser({ groupId: '1234', invitee: EMAIL }));

      const error = await rejectionOf(client.inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(calls).toBe(1);
      expect(error).toMatchObject({ type: 'service_unavailable', status: 503, serverMessage: null });
      expect((error as InviteError).retryAfterMs).toBeLessThanOrEqual(10_000);
    });

    it('should show the end of the wait in wait.getSnapshot()', async () => {
      vi.useFakeTimers({ toFake: ['Date'], now: T0 });
      rateLimitedOnce();
      const client = makeClient();

      expect(client.wait.getSnapshot()).toBe(0);
      await rejectionOf(client.inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(client.wait.getSnapshot()).toBe(T0 + 30_000);
    });

    it('should notify wait.subscribe listeners when a wait starts and when it ends, until they unsubscribe', async () => {
      vi.useFakeTimers({ toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout'], now: T0 });
      server.use(
        http.put(ENDPOINT, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '30' } })),
      );
      const client = makeClient();
      const listener = vi.fn();
      const unsubscribe = client.wait.subscribe(listener);

      await rejectionOf(client.inviteUser({ groupId: '1234', invitee: EMAIL }));
      expect(listener).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(30_000);
      expect(listener).toHaveBeenCalledTimes(2);
      expect(client.wait.getSnapshot()).toBe(0);

      unsubscribe();
      vi.advanceTimersByTime(1_000);
      await rejectionOf(client.inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(listener).toHaveBeenCalledTimes(2);
      expect(client.wait.getSnapshot()).toBe(T0 + 61_000);
    });

    it('should not notify wait.subscribe listeners of a different client', async () => {
      rateLimitedOnce();
      const client = makeClient();
      const other = makeClient();
      const listener = vi.fn();
      other.wait.subscribe(listener);

      await rejectionOf(client.inviteUser({ groupId: '1234', invitee: EMAIL }));

      expect(listener).not.toHaveBeenCalled();
      expect(other.wait.getSnapshot()).toBe(0);
    });
  });
});
