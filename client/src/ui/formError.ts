import { firstGraphQLError, errorMessage } from './graphqlErrors';

type T = (key: string, options?: Record<string, unknown>) => string;

/** A refused write as a form shows it: beside the field the server names, else above the buttons. */
export type FormError = { field: string | null; message: string; code: string | undefined };

export function formErrorOf(error: unknown, t: T): FormError {
  const info = firstGraphQLError(error);
  const field = typeof info?.extensions.field === 'string' ? info.extensions.field : null;
  // The server's own wording names the limit (e.g. 10,000 characters): show it as it is for bad input.
  const message = info?.code === 'BAD_USER_INPUT' ? info.message : errorMessage(error, t);
  return { field, message, code: info?.code };
}

/** The message for `field`, when the error is about it. */
export function fieldMessage(error: FormError | null, field: string): string | undefined {
  return error?.field === field ? error.message : undefined;
}

/** The message to show for the form as a whole: any error not tied to one of `fields`. */
export function formMessage(error: FormError | null, fields: string[]): string | undefined {
  return error && !(error.field && fields.includes(error.field)) ? error.message : undefined;
}

/** Shows a refused write beside its field when the server names one of `fields`, else for the form as a whole; what was typed stays. */
export function showRefusal(refused: FormError, fields: readonly string[], onField: (errors: Record<string, string>) => void, onForm: (message: string) => void): void {
  if (refused.field && fields.includes(refused.field)) onField({ [refused.field]: refused.message });
  else onForm(refused.message);
}
