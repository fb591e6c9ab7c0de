import { firstGraphQLError } from '../../ui/graphqlErrors';
import { inLanguage } from '../../ui/serverMessage';

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * A refused write as the form shows it: beside one of `fields` when the server's BAD_USER_INPUT
 * names it (`extensions.field`), otherwise as one message for the whole form.
 */
export function refusal<F extends string>(error: unknown, fields: readonly F[], language: string, t: T): { field?: F; message: string } {
  const info = firstGraphQLError(error);
  if (!info) return { message: t('common.networkError') };
  const field = info.extensions.field as F | undefined;
  if (info.code === 'BAD_USER_INPUT' && field && fields.includes(field)) return { field, message: inLanguage(info.message, language) };
  if (info.code === 'FORBIDDEN') return { message: `${t('common.forbidden')} ${inLanguage(info.message, language)}` };
  return { message: inLanguage(info.message, language) };
}
