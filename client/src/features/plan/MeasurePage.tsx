import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { QueryStatus } from '../../ui/QueryStatus';
import { RetiredBadge } from '../../ui/RetiredBadge';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { KpiTable } from './KpiTable';
import { PolicyList } from './PolicyList';
import { ProjectList } from './ProjectList';

const MeasurePageQuery = graphql(`
  query MeasurePage($id: ID!) {
    measure(id: $id) {
      id
      code
      title
      retiredFromFY
      notes
      goal {
        id
        number
        title
        strategy {
          id
          title
        }
      }
      policies {
        ...PolicyList_policy
      }
      kpiGroups {
        ...KpiTable_group
      }
      projects {
        ...ProjectList_project
      }
    }
  }
`);

export function MeasurePage() {
  const { t } = useTranslation();
  const { measureId = '' } = useParams();
  const { data, loading, error } = useQuery(MeasurePageQuery, { variables: { id: measureId } });
  useDocumentTitle(data && `${data.measure.code} ${data.measure.title}`);
  if (loading || error || !data) return <QueryStatus loading={loading} error={error} />;
  const { measure } = data;
  const { goal } = measure;
  return (
    <>
      <Breadcrumb
        links={[
          { to: `/strategies/${goal.strategy.id}`, label: goal.strategy.title },
          { to: `/strategies/${goal.strategy.id}#goal-${goal.number}`, label: t('strategy.goal', { number: goal.number }) },
        ]}
        current={measure.code}
      />
      <h1>
        <span className="code">{measure.code}</span> {measure.title} <RetiredBadge fromFY={measure.retiredFromFY} />
      </h1>
      <PolicyList policies={measure.policies} />
      <section aria-labelledby="kpis">
        <h2 id="kpis">{t('measure.kpis')}</h2>
        {measure.kpiGroups.length > 0 ? <KpiTable code={measure.code} groups={measure.kpiGroups} /> : <p>{t('measure.noKpis')}</p>}
        {measure.notes.length > 0 && (
          <ul className="notes" aria-label={t('measure.notes')}>
            {measure.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </section>
      <ProjectList projects={measure.projects} />
    </>
  );
}
