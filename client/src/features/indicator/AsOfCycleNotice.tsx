import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel } from '@kaizen/shared';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { useViewer } from '../auth/viewer';

const AsOfCycleQuery = graphql(`
  query IndicatorAsOfCycle($id: ID!) {
    reviewCycle(id: $id) {
      id
      fiscalYear
    }
  }
`);

/** Reached from a review (`?cycle=`), the page shows that review's years only: says so, and leads to every year's figures. */
export function AsOfCycleNotice({ cycleId, indicatorId }: { cycleId: string; indicatorId: string }) {
  const { t } = useTranslation();
  // Review cycles are read signed in only: signed out, the notice names no year rather than ask to sign in.
  const { viewer } = useViewer();
  const { data } = useQuery(AsOfCycleQuery, { variables: { id: cycleId }, skip: !viewer });
  const year = data ? fiscalYearLabel(data.reviewCycle.fiscalYear) : null;
  return (
    <p className="notice">
      {year ? t('yearly.asOfCycle', { year }) : t('yearly.asOfSomeCycle')} <Link to={`/indicators/${indicatorId}`}>{t('yearly.allYears')}</Link>
    </p>
  );
}
