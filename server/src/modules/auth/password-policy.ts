import { BadInputError } from '../../graphql/errors.js';

export const MIN_PASSWORD_LENGTH = 12;
/** argon2 takes any length; a cap keeps a megabyte-long "password" from costing anything. */
const MAX_PASSWORD_LENGTH = 256;
/** Published in the README for the sample users: never a real password. */
const PUBLISHED_PASSWORDS = new Set(['kaizen-review-demo']);

/** Refuses a password a person chooses for `email`; says why, on `field` (the argument that carries it). */
export function checkPassword(password: string, email: string, field = 'password'): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw new BadInputError(`パスワードは${MIN_PASSWORD_LENGTH}文字以上にしてください / Use at least ${MIN_PASSWORD_LENGTH} characters`, field);
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw new BadInputError(`パスワードは${MAX_PASSWORD_LENGTH}文字以内にしてください / Use at most ${MAX_PASSWORD_LENGTH} characters`, field);
  }
  const lowered = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  if (lowered === address || lowered === address.split('@')[0]) {
    throw new BadInputError('メールアドレスをパスワードにしないでください / Do not use your e-mail address as the password', field);
  }
  if (PUBLISHED_PASSWORDS.has(lowered)) {
    throw new BadInputError('公開されているサンプルのパスワードは使えません / This password is published as a sample: choose another', field);
  }
}
