import { fiscalYearLabel } from '@kaizen/shared';
import { useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import type { ActionItem_ActionFragment } from '../../../gql/graphql';
import { ActionList } from './ActionItem';
import { Heading, type Level } from '../../../ui/Heading';

type Props = { actions: ActionItem_ActionFragment[]; fiscalYear: number; level: Level; frozen: boolean };

/** What earlier reviews committed to on this measure or goal, and how far it has got: read before judging this year. */
export function CarriedOverActions({ actions, fiscalYear, level, frozen }: Props) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  return (
    <section className="carried-over" aria-labelledby="carried-over-heading">
      <Heading level={level} id="carried-over-heading">
        {t('improvement.carriedOver', { count: actions.length })}
      </Heading>
      {actions.length === 0 ? (
        <p className="muted">{t('improvement.noneCarried', { year: fiscalYearLabel(fiscalYear) })}</p>
      ) : (
        <ActionList actions={actions} onAnnounce={setMessage} frozen={frozen} />
      )}
      <p className="status-line" role="status">
        {message}
      </p>
    </section>
  );
}
