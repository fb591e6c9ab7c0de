import { fiscalYearLabel } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { ProjectList_ProjectFragment } from '../../gql/graphql';
import { departmentsText } from '../../ui/departments';
import { RelistedBadge } from '../../ui/RelistedBadge';
import { RetiredBadge } from '../../ui/RetiredBadge';

graphql(`
  fragment ProjectList_project on Project {
    id
    name
    sinceFY
    relisted
    retiredFromFY
    departmentsNote
    departments {
      id
      name
    }
  }
`);

export function ProjectList({ projects }: { projects: ProjectList_ProjectFragment[] }) {
  const { t } = useTranslation();
  if (projects.length === 0) return null;
  return (
    <section aria-labelledby="projects">
      <h2 id="projects">{t('measure.projects')}</h2>
      <ul className="project-list">
        {projects.map((p) => (
          <li key={p.id}>
            {p.name}
            <span className="muted">〔{departmentsText(p)}〕</span>
            {p.sinceFY !== null && p.sinceFY !== undefined && (
              <span className="muted">（{t('measure.since', { year: fiscalYearLabel(p.sinceFY) })}）</span>
            )}
            {p.relisted && <RelistedBadge />}
            <RetiredBadge fromFY={p.retiredFromFY} />
          </li>
        ))}
      </ul>
    </section>
  );
}
