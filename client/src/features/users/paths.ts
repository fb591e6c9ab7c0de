/** 利用者の管理 (政策企画課, administrators). */
export const USERS_PATH = '/users';

/** The page of an invitation link, as the server issues it (`acceptPath`). */
export const invitationPath = (token: string) => `/invitation/${token}`;

/** A path the server issued, as a link to pass on: on this server, whatever address it was opened at. */
export const absoluteLink = (path: string) => new URL(path, window.location.origin).toString();
