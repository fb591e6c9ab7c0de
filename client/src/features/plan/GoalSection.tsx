import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { GoalSection_GoalFragment } from '../../gql/graphql';
import { departmentsText } from '../../ui/departments';
import { MeasureLinks } from '../../ui/MeasureLinks';
import { RetiredBadge } from '../../ui/RetiredBadge';

graphql(`
  fragment GoalSection_goal on Goal {
    number
    title
    basicDirection
    kgis {
      id
      name
      retiredFromFY
      departmentsNote
      departments {
        id
        name
      }
      target {
        text
      }
      baseline {
        text
        label
      }
    }
    measures {
      id
      code
      title
      retiredFromFY
    }
  }
`);

export function GoalSection({ goal }: { goal: GoalSection_GoalFragment }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="goal" id={`goal-${goal.number}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="goal-number">{t('strategy.goal', { number: goal.number })}</span>
        <span className="goal-title">{goal.title}</span>
      </h2>
      {goal.kgis.length > 0 && (
        <div className="kgi">
          <h3>{t('strategy.kgi')}</h3>
          <ul>
            {goal.kgis.map((kgi) => (
              <li key={kgi.id}>
                <Link to={`/indicators/${kgi.id}`}>{kgi.name}</Link> <RetiredBadge fromFY={kgi.retiredFromFY} />
                <dl className="inline-dl">
                  <dt>{t('indicator.target')}</dt>
                  <dd>{kgi.target.text}</dd>
                  <dt>{t('indicator.baseline')}</dt>
                  <dd>
                    {kgi.baseline.text}
                    {kgi.baseline.label && `（${kgi.baseline.label}）`}
                  </dd>
                  <dt>{t('indicator.departments')}</dt>
                  <dd>{departmentsText(kgi)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </div>
      )}
      {goal.basicDirection && (
        <details className="basic-direction">
          <summary>{t('strategy.basicDirection')}</summary>
          {goal.basicDirection.split(/\n\s*\n/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </details>
      )}
      <h3>{t('strategy.measures')}</h3>
      <MeasureLinks measures={goal.measures} />
    </section>
  );
}
