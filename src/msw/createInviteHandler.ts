import { delay as wait, http, type HttpHandler } from 'msw';
import { INVITE_USER_PATH, inviteUserPathUnder } from './inviteUserPath.js';

/** Options every invite handler takes. */
export interface InviteHandlerOptions {
  /**
   * Answer only requests under this base URL, the one the app's client is
   * given (`https://apis.quran.foundation/auth`, `/api/quran`): a wrong
   * `baseUrl` in the app (one ending in `/v1`, say) then fails in the host's
   * tests instead of passing them and failing in production.
   * @default undefined (any origin, any base path)
   */
  baseUrl?: string | undefined;
  /**
   * Answer only requests for this group; any other group falls through to the
   * next handler, so one page can show several scenarios side by side.
   * @default undefined (every group)
   */
  groupId?: string | undefined;
  /**
   * Milliseconds to wait before answering, or `'infinite'` to never answer.
   * @default 0
   */
  delay?: number | 'infinite' | undefined;
}

/**
 * An MSW handler for the invite endpoint that honours the common options and
 * answers with `respond()`. Returning nothing lets the request fall through.
 */
export function createInviteHandler(
  options: InviteHandlerOptions,
  respond: (request: Request) => Response | Promise<Response>,
): HttpHandler {
  const { groupId, delay = 0, baseUrl } = options;
  const path = baseUrl === undefined ? INVITE_USER_PATH : inviteUserPathUnder(baseUrl);
  return http.put(path, async ({ request, params }) => {
    if (groupId !== undefined && !sameGroup(params.groupId, groupId)) return undefined;
    if (delay === 'infinite' || delay > 0) await wait(delay);
    return respond(request);
  });
}

function sameGroup(param: string | readonly string[] | undefined, groupId: string): boolean {
  const value = typeof param === 'string' ? param : '';
  if (value === groupId) return true;
  try {
    return decodeURIComponent(value) === groupId;
  } catch {
    return false;
  }
}
