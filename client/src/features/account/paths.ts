/** The signed-in user's own page: who they are, and changing their password. */
export const ACCOUNT_PATH = '/account';
