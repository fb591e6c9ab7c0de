import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { PolicyList_PolicyFragment } from '../../gql/graphql';
import { circled } from '../../ui/circled';
import { RetiredBadge } from '../../ui/RetiredBadge';

graphql(`
  fragment PolicyList_policy on Policy {
    id
    ordinal
    title
    bullets
    retiredFromFY
  }
`);

export function PolicyList({ policies }: { policies: PolicyList_PolicyFragment[] }) {
  const { t } = useTranslation();
  if (policies.length === 0) return null;
  return (
    <section aria-labelledby="policies">
      <h2 id="policies">{t('measure.policies')}</h2>
      {policies.map((p) => (
        <div key={p.id} className="policy">
          <h3>
            <span aria-hidden="true">{circled(p.ordinal)} </span>
            <span className="visually-hidden">{p.ordinal}. </span>
            {p.title} <RetiredBadge fromFY={p.retiredFromFY} />
          </h3>
          <ul>
            {p.bullets.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
