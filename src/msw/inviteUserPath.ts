/**
 * The endpoint's path as an MSW pattern: any origin and any base path in front
 * of `/v1/groups/:groupId/inviteUser`, so the handlers answer an absolute API
 * URL and a host's same-origin proxy (`/api/quran/v1/…`) alike.
 */
export const INVITE_USER_PATH = '*/v1/groups/:groupId/inviteUser';

/** The same path under one base URL only (trailing slashes dropped), for handlers given a `baseUrl`. */
export const inviteUserPathUnder = (baseUrl: string) => INVITE_USER_PATH.replace('*', baseUrl.trim().replace(/\/+$/, ''));
