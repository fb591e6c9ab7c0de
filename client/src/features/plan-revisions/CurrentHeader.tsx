import { fiscalYearLabel } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import { formatDate } from '../../ui/format';

/** A revision as the server holds it now: what a CONFLICT carries (`extensions.current`). */
export type CurrentRevision = { title: string; effectiveFiscalYear: number; decidedBy: string | null; decidedOn: string | null; reason: string; version: number };

/** What someone else saved meanwhile, to be read before trying again. */
export function CurrentHeader({ current }: { current: CurrentRevision }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="current-header">
      <dt>{t('planRevisions.header.title')}</dt>
      <dd>{current.title}</dd>
      <dt>{t('planRevisions.header.effectiveFiscalYear')}</dt>
      <dd>{t('planRevisions.fromYear', { year: fiscalYearLabel(current.effectiveFiscalYear), fy: current.effectiveFiscalYear })}</dd>
      <dt>{t('planRevisions.header.decidedBy')}</dt>
      <dd>{current.decidedBy ?? '–'}</dd>
      <dt>{t('planRevisions.header.decidedOn')}</dt>
      <dd>{current.decidedOn ? formatDate(current.decidedOn, i18n.language) : '–'}</dd>
      <dt>{t('planRevisions.header.reason')}</dt>
      <dd className="pre-wrap">{current.reason}</dd>
    </dl>
  );
}
