import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { NotificationKind } from '../../gql/graphql';
import { FormFooter } from '../../ui/FormFooter';
import { formErrorOf } from '../../ui/formError';
import { QueryStatus } from '../../ui/QueryStatus';

const MyNotificationPreferencesQuery = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences {
      mailConfigured
      kinds {
        kind
        enabled
      }
    }
  }
`);

const UpdateMyNotificationPreferencesMutation = graphql(`
  mutation UpdateMyNotificationPreferences($input: [NotificationPreferenceInput!]!) {
    updateMyNotificationPreferences(input: $input) {
      mailConfigured
      kinds {
        kind
        enabled
      }
    }
  }
`);

type Result = { ok: boolean; message: string };

/** Which e-mails the user receives, a checkbox per kind; saved together, the result announced and focused. */
export function NotificationPreferencesForm() {
  const { t } = useTranslation();
  const id = useId();
  const { data, loading, error } = useQuery(MyNotificationPreferencesQuery);
  const [update, { loading: saving }] = useMutation(UpdateMyNotificationPreferencesMutation, {
    // The answer has no id to be cached by: it replaces the query's.
    update(cache, { data: saved }) {
      if (saved) cache.writeQuery({ query: MyNotificationPreferencesQuery, data: { myNotificationPreferences: saved.updateMyNotificationPreferences } });
    },
  });
  const [draft, setDraft] = useState<Partial<Record<NotificationKind, boolean>>>({});
  const [result, setResult] = useState<Result | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const preferences = data?.myNotificationPreferences;
  const checked = (kind: NotificationKind, saved: boolean) => draft[kind] ?? saved;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!preferences) return;
    setResult(null);
    try {
      await update({ variables: { input: preferences.kinds.map((k) => ({ kind: k.kind, enabled: checked(k.kind, k.enabled) })) } });
      setDraft({});
      setResult({ ok: true, message: t('mailPreferences.saved') });
    } catch (e) {
      setResult({ ok: false, message: formErrorOf(e, t).message });
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('mailPreferences.title')}</h2>
      <QueryStatus loading={loading && !preferences} error={error} />
      {preferences && (
        <form className="card form" onSubmit={onSubmit} noValidate aria-busy={saving} aria-labelledby={`${id}-title`}>
          <p className="hint">{preferences.mailConfigured ? t('mailPreferences.intro') : t('mailPreferences.notConfigured')}</p>
          <fieldset className="choice-group notice-kinds">
            <legend>{t('mailPreferences.legend')}</legend>
            {preferences.kinds.map(({ kind, enabled }) => (
              <div className="choice" key={kind}>
                <input
                  id={`${id}-${kind}`}
                  type="checkbox"
                  checked={checked(kind, enabled)}
                  onChange={(e) => setDraft((d) => ({ ...d, [kind]: e.target.checked }))}
                  aria-describedby={`${id}-${kind}-meaning`}
                />
                <label htmlFor={`${id}-${kind}`}>{t(`mailPreferences.kinds.${kind}`)}</label>
                <span id={`${id}-${kind}-meaning`} className="hint">
                  {' '}
                  {t(`mailPreferences.meanings.${kind}`)}
                </span>
              </div>
            ))}
          </fieldset>
          <p className="hint">{t('mailPreferences.alwaysSent')}</p>
          <FormFooter busy={saving} submitLabel={t('mailPreferences.save')} busyLabel={t('mailPreferences.saving')} />
        </form>
      )}
      <div ref={resultRef} tabIndex={-1} role="status" className={result ? (result.ok ? 'notice' : 'form-error') : undefined}>
        {result && <p>{result.message}</p>}
      </div>
    </section>
  );
}
