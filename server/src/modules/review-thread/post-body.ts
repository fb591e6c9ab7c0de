import { MAX_POST_LENGTH } from '@kaizen/shared';
import { BadInputError } from '../../graphql/errors.js';

/** Text as the person wrote it, refused (never cut) when empty or too long. */
export function postBody(text: string, field = 'body'): string {
  const body = text.replace(/\r\n?/g, '\n').trim();
  if (!body) throw new BadInputError('本文を入力してください / Write something first', field);
  if (body.length > MAX_POST_LENGTH) {
    throw new BadInputError(`本文は ${MAX_POST_LENGTH.toLocaleString('ja-JP')} 文字までです（${body.length.toLocaleString('ja-JP')} 文字） / At most ${MAX_POST_LENGTH} characters (this is ${body.length})`, field);
  }
  return body;
}
