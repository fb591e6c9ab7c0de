/** As the server's password policy: checked here first, so that most mistakes need no round trip. */
export const MIN_PASSWORD_LENGTH = 12;

type T = (key: string, options?: Record<string, unknown>) => string;

/** Why the new password (and its repetition) cannot be sent, by field; empty when it can. */
export function newPasswordErrors(password: string, confirmation: string, t: T): { newPassword?: string; confirmation?: string } {
  if (!password) return { newPassword: t('account.newRequired') };
  if ([...password].length < MIN_PASSWORD_LENGTH) return { newPassword: t('account.tooShort', { min: MIN_PASSWORD_LENGTH }) };
  if (confirmation !== password) return { confirmation: t('account.mismatch') };
  return {};
}
