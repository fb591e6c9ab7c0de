import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { MoveBackNotice_CycleFragment as Cycle } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format';

export const MoveBackNotice_CycleFragment = graphql(`
  fragment MoveBackNotice_cycle on ReviewCycle {
    state
    lastMoveBackReason
    lastMovedBackAt
  }
`);

/** Why the planning division moved the cycle back: a department reopening its entries should not have to ask. */
export function MoveBackNotice({ cycle }: { cycle: Cycle }) {
  const { t, i18n } = useTranslation();
  if (!cycle.lastMoveBackReason) return null;
  return (
    <div className="notice move-back-notice">
      <p>
        <strong>
          {t('moveBack.notice', {
            state: t(`cycle.states.${cycle.state}`),
            when: cycle.lastMovedBackAt ? formatDateTime(cycle.lastMovedBackAt, i18n.language) : '',
          })}
        </strong>
      </p>
      <p>
        {t('moveBack.reason')}
        {cycle.lastMoveBackReason}
      </p>
    </div>
  );
}
