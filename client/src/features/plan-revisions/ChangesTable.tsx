import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { ColumnTable } from '../../ui/ColumnTable';
import { errorMessage } from '../../ui/graphqlErrors';
import { addedOf, fieldLabelOf, subjectOf, type RevisionChange } from './subjects';

const RemovePlanChangeMutation = graphql(`
  mutation RemovePlanChange($id: ID!) {
    removePlanChange(id: $id)
  }
`);

type Props = {
  changes: RevisionChange[];
  /** The revision's own reason: a change without one of its own gives this in the 理由 column. */
  reason: string;
  /** Offers to take each change out (政策企画課, a draft). */
  editable: boolean;
  /** After a removal (or its refusal): the page reads the draft again and says so. */
  onDone: (message: string, failed?: boolean) => Promise<void>;
};

/** The revision's changes, as the 新旧対照表 lists them: 項目 / 改訂前 / 改訂後 / 理由. */
export function ChangesTable({ changes, reason, editable, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const [remove] = useMutation(RemovePlanChangeMutation);
  const [removing, setRemoving] = useState<string | null>(null);
  if (changes.length === 0) return <p className="muted">{t('planRevisions.noChanges')}</p>;

  async function onRemove(change: RevisionChange, label: string) {
    setRemoving(change.id);
    try {
      await remove({ variables: { id: change.id } });
      await onDone(t('planRevisions.removed', { what: label }));
    } catch (error) {
      await onDone(errorMessage(error, t), true);
    } finally {
      setRemoving(null);
    }
  }

  const columns = [t('planRevisions.columns.subject'), t('planRevisions.columns.before'), t('planRevisions.columns.after'), t('planRevisions.columns.reason')];
  return (
    <ColumnTable className="kpi-table revision-changes" caption={t('planRevisions.changesCaption', { count: changes.length })} columns={editable ? [...columns, t('planRevisions.columns.actions')] : columns}>
      {changes.map((c) => {
        const subject = subjectOf(c, t);
        const added = addedOf(c);
        const field = c.action === 'ADD' ? t('planRevisions.added') : fieldLabelOf(c.subjectType, c.field, i18n.language);
        return (
          <tr key={c.id}>
            <th scope="row">
              {/* A KPI of the plan links to its page (its targets, its history); one the draft adds has none yet. */}
              <span className="block">{c.subjectType === 'INDICATOR' && c.action !== 'ADD' ? <Link to={`/indicators/${c.subjectId}`}>{subject}</Link> : subject}</span>
              <strong>{field}</strong>
            </th>
            <td className="value">{c.action === 'ADD' ? '–' : c.beforeText}</td>
            <td className="value">{added ? t('planRevisions.addedValue', { baseline: added.baselineText, target: added.targetText }) : c.action === 'ADD' ? t('planRevisions.added') : c.afterText}</td>
            <td className="reason">{c.reason ?? <span className="muted">{t('planRevisions.revisionReason', { reason })}</span>}</td>
            {editable && (
              <td>
                <button type="button" className="quiet" disabled={removing === c.id} onClick={() => void onRemove(c, `${subject} ${field}`)}>
                  {t('planRevisions.remove')}
                  <span className="visually-hidden">{t('planRevisions.removeWhat', { what: `${subject} ${field}` })}</span>
                </button>
              </td>
            )}
          </tr>
        );
      })}
    </ColumnTable>
  );
}
