import { useMutation } from '@apollo/client/react';
import type { ApolloCache, Reference } from '@apollo/client';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { ActualEditor_ActualFragment, SubmissionStatus } from '../../gql/graphql';
import { firstGraphQLError } from '../../ui/graphqlErrors';
import { ActualForm, type ActualFormField, type ActualFormHandle } from './ActualForm';
import { ConflictNotice, type CurrentRecord } from './ConflictNotice';
import type { ActualValue } from '@kaizen/shared';
import { clearStashedDraft, draftFrom, linksOf, peekStashedDraft, problemsOf, sameDraft, stashDraft, typedEntry, typedValue, type Draft } from './draft';

graphql(`
  fragment ActualEditor_actual on Actual {
    id
    fiscalYear
    value
    valueBound
    periodFiscalYear
    periodLabel
    notGraded
    notKnownReason
    note
    evidenceLinks
    status
    returnReason
    version
    updatedAt
    updatedByUser {
      id
      displayName
    }
  }
`);

const SaveActualMutation = graphql(`
  mutation SaveActual($input: SaveActualInput!) {
    saveActual(input: $input) {
      ...ActualEditor_actual
    }
  }
`);

const SubmitActualMutation = graphql(`
  mutation SubmitActual($id: ID!, $expectedVersion: Int!) {
    submitActual(id: $id, expectedVersion: $expectedVersion) {
      ...ActualEditor_actual
    }
  }
`);

type Props = {
  cycleId: string;
  /** The cycle's year: a value may describe one of the years before it (late data). */
  fiscalYear: number;
  indicatorId: string;
  unit: string;
  cumulative: boolean;
  plausibleMax: number | null;
  /** The entry as the cache knows it now (it may be newer than what the form was loaded from). */
  actual: ActualEditor_ActualFragment | null;
  /** Reads the entry again from the server (after a conflict or a state change). */
  onStale: () => void;
  /** The entry being typed, for the live preview. */
  onTyped: (entry: ActualValue | null) => void;
  /** Tells what happened (saved, submitted), in the page's live region: it outlives this form. */
  onAnnounce: (message: string) => void;
};

type Base = { id: string | null; version: number | null };
type Busy = 'save' | 'submit' | null;

/**
 * Edits one actual: saves drafts against the version it was loaded from, submits, and on CONFLICT
 * shows the current record instead of overwriting it.
 */
export function ActualEditor({ cycleId, fiscalYear, indicatorId, unit, cumulative, plausibleMax, actual, onStale, onTyped, onAnnounce }: Props) {
  const { t } = useTranslation();
  const [stashed] = useState(() => peekStashedDraft(cycleId, indicatorId));
  const [draft, setDraft] = useState<Draft>(() => stashed?.draft ?? draftFrom(actual));
  const [saved, setSaved] = useState<Draft>(() => draftFrom(actual));
  const [base, setBase] = useState<Base>(() => ({ id: actual?.id ?? null, version: stashed ? stashed.baseVersion : (actual?.version ?? null) }));
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<ActualFormField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Record<string, unknown> | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const form = useRef<ActualFormHandle>(null);
  const formErrorRef = useRef<HTMLParagraphElement>(null);
  const [saveActual] = useMutation(SaveActualMutation);
  const [submitActual] = useMutation(SubmitActualMutation);

  useEffect(() => {
    if (!stashed) return;
    clearStashedDraft(cycleId, indicatorId);
    onAnnounce(t('entry.restored'));
  }, [stashed, cycleId, indicatorId, onAnnounce, t]);
  useEffect(() => onTyped(typedEntry(draft, fiscalYear)), [draft, fiscalYear, onTyped]);
  useEffect(() => {
    if (formError) formErrorRef.current?.focus();
  }, [formError]);

  const problems = problemsOf(draft);
  const dirty = !sameDraft(draft, saved);

  function change(next: Draft) {
    setDraft(next);
    setServerErrors({});
  }

  function firstProblem(): ActualFormField | null {
    if (problems.value) return 'value';
    if (problems.notKnownReason) return 'notKnownReason';
    if (problems.links) return 'links';
    return null;
  }

  function fail(error: unknown) {
    const info = firstGraphQLError(error);
    if (!info) return setFormError(t('common.networkError'));
    switch (info.code) {
      case 'CONFLICT':
        setConflict((info.extensions.current as Record<string, unknown> | null) ?? {});
        onStale();
        return;
      case 'UNAUTHENTICATED':
        // The session watcher takes the user to sign in; the input waits here for their return.
        stashDraft(cycleId, indicatorId, draft, base.version);
        return;
      case 'BAD_USER_INPUT': {
        const field = info.extensions.field;
        const target = FIELD_OF[String(field)] ?? null;
        if (target) {
          setServerErrors({ [target]: info.message });
          form.current?.focus(target);
        } else setFormError(info.message);
        return;
      }
      case 'INVALID_STATE':
        // The form may turn read-only once the latest state is in: say why where it stays visible.
        onAnnounce(t('entry.invalidState'));
        setFormError(t('entry.invalidState'));
        onStale();
        return;
      case 'FORBIDDEN':
        return setFormError(t('common.forbidden'));
      default:
        return setFormError(t('common.unexpected'));
    }
  }

  async function save(): Promise<{ id: string; version: number } | null> {
    setAttempted(true);
    setFormError(null);
    onAnnounce('');
    const problem = firstProblem();
    if (problem) {
      form.current?.focus(problem);
      return null;
    }
    setBusy('save');
    try {
      const { data } = await saveActual({
        variables: {
          input: {
            cycleId,
            indicatorId,
            value: draft.notKnown ? null : draft.valueText.trim() || null,
            notKnownReason: draft.notKnown || draft.notGraded ? draft.notKnownReason.trim() : null,
            periodFiscalYear: draft.periodFiscalYear ? Number(draft.periodFiscalYear) : null,
            periodLabel: draft.periodLabel.trim() || null,
            notGraded: draft.notGraded || null,
            note: draft.note,
            evidenceLinks: linksOf(draft.linksText),
            expectedVersion: base.version,
          },
        },
        update: (cache, { data: result }) => result && listUnderIndicator(cache, indicatorId, result.saveActual),
      });
      const record = data!.saveActual;
      setBase({ id: record.id, version: record.version });
      setSaved(draft);
      onAnnounce(t('entry.saved'));
      return record;
    } catch (error) {
      fail(error);
      return null;
    } finally {
      setBusy(null);
    }
  }

  async function submit() {
    const record = dirty || !base.id ? await save() : { id: base.id, version: base.version! };
    if (!record) return;
    setBusy('submit');
    onAnnounce('');
    try {
      const { data } = await submitActual({ variables: { id: record.id, expectedVersion: record.version } });
      setBase({ id: record.id, version: data!.submitActual.version });
      onAnnounce(t('entry.submitted'));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  }

  function reload() {
    const latest = latestRecord(actual, conflict);
    const next = draftFrom(latest ? { ...latest, note: latest.note ?? '', evidenceLinks: latest.evidenceLinks ?? [] } : null);
    setDraft(next);
    setSaved(next);
    setBase({ id: latest?.id ?? null, version: latest?.version ?? null });
    setConflict(null);
    setServerErrors({});
    setFormError(null);
    onAnnounce(t('conflict.reloaded'));
    form.current?.focus('value');
  }

  const current = conflict ? latestRecord(actual, conflict) : null;
  return (
    <>
      {current && (
        <ConflictNotice
          current={current}
          mine={{ value: typedValue(draft), notKnownReason: draft.notKnown ? draft.notKnownReason : null }}
          unit={unit}
          onReload={reload}
        />
      )}
      {formError && (
        <p ref={formErrorRef} tabIndex={-1} className="form-error" role="alert">
          {formError}
        </p>
      )}
      <ActualForm
        ref={form}
        draft={draft}
        fiscalYear={fiscalYear}
        onChange={change}
        problems={problems}
        showRequired={attempted}
        serverErrors={serverErrors}
        unit={unit}
        cumulative={cumulative}
        plausibleMax={plausibleMax}
        busy={busy}
        onSave={() => void save()}
        onSubmit={() => void submit()}
      />
      {dirty && <p className="muted">{t('entry.unsaved')}</p>}
    </>
  );
}

/** The form field a server error names. */
const FIELD_OF: Record<string, ActualFormField> = {
  value: 'value',
  evidenceLinks: 'links',
  notKnownReason: 'notKnownReason',
  periodFiscalYear: 'periodFiscalYear',
  periodLabel: 'periodFiscalYear',
  notGraded: 'notGraded',
};

type Latest = CurrentRecord & { id?: string; version?: number; note?: string; evidenceLinks?: string[] };

/** The newest record known: the cache's once it has caught up with the conflict, else the error's copy. */
function latestRecord(actual: ActualEditor_ActualFragment | null, conflict: Record<string, unknown> | null): Latest | null {
  const snapshot = conflict && typeof conflict.version === 'number' ? conflict : null;
  if (actual && (!snapshot || actual.version >= (snapshot.version as number))) return actual;
  if (!snapshot) return actual;
  return {
    id: snapshot.id as string,
    version: snapshot.version as number,
    value: (snapshot.value as number | null) ?? null,
    notKnownReason: (snapshot.notKnownReason as string | null) ?? null,
    note: (snapshot.note as string) ?? '',
    evidenceLinks: (snapshot.evidenceLinks as string[]) ?? [],
    status: snapshot.status as SubmissionStatus,
    updatedAt: snapshot.updatedAt as string,
    // The error's copy names the writer by id only; the name follows once the entry is read again.
    updatedByUser: undefined,
  };
}

/** A first save creates the record: list it under its indicator so that every view of it sees it. */
function listUnderIndicator(cache: ApolloCache, indicatorId: string, actual: ActualEditor_ActualFragment) {
  cache.modify({
    id: cache.identify({ __typename: 'Indicator', id: indicatorId }),
    fields: {
      actuals(existing: readonly Reference[] = [], { toReference }) {
        const ref = toReference({ __typename: 'Actual', id: actual.id });
        if (!ref || existing.some((r) => r.__ref === ref.__ref)) return existing;
        return [...existing, ref];
      },
    },
  });
}
