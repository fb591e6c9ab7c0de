import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { ActionItem_ActionFragment, ActionStatus } from '../../../gql/graphql';
import { focusWritten } from '../../../ui/focusWritten';
import { SelectField } from '../../../ui/SelectField';
import { TextForm } from '../../../ui/TextForm';

const UpdateActionMutation = graphql(`
  mutation UpdateImprovementAction($input: UpdateImprovementActionInput!) {
    updateImprovementAction(input: $input) {
      ...ActionItem_action
    }
  }
`);

const STATUSES: ActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'];

type Props = {
  action: ActionItem_ActionFragment;
  /** The action's description: each action in a list has a button of the same name. */
  describedBy: string;
  onAnnounce: (message: string) => void;
};

/** The owner records how the action goes: a new status and a note saying what happened. */
export function ActionUpdateForm({ action, describedBy, onAnnounce }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [update] = useMutation(UpdateActionMutation);

  async function save(note: string) {
    await update({ variables: { input: { id: action.id, status, note, expectedVersion: action.version } } });
    setOpen(false);
    onAnnounce(t('improvement.updated', { status: t(`improvement.statuses.${status}`) }));
    focusWritten(`[data-action="${action.id}"]`);
  }

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} aria-describedby={describedBy}>
        {t('improvement.record')}
      </button>
    );
  }
  return (
    <TextForm label={t('improvement.note')} field="note" submitLabel={t('improvement.save')} onSubmit={save} onCancel={() => setOpen(false)} focusOnOpen>
      <SelectField label={t('improvement.status')} value={status} onChange={(s) => setStatus(s as ActionStatus)} required>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`improvement.statuses.${s}`)}
          </option>
        ))}
      </SelectField>
    </TextForm>
  );
}
