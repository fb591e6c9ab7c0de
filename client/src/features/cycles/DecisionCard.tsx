import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import type { SubmissionStatus } from '../../gql/graphql';
import { StatusBadge } from '../../ui/StatusBadge';
import { DecisionControls, type Decision } from './DecisionControls';

type Props = {
  kind: 'actual' | 'report';
  /** The KPI's key or the measure's code. */
  code: string;
  name: string;
  /** Where the entry is written. */
  to: string;
  status: SubmissionStatus | null | undefined;
  returnReason: string | null | undefined;
  decision: Decision;
  /** What the planning division checks: the figures, the report's text. */
  children: ReactNode;
};

/** One entry as the planning division checks it, an actual or a measure report: what it is, where it stands, its content, why it was returned, and the decision. */
export function DecisionCard({ kind, code, name, to, status, returnReason, decision, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <li className="card decision" aria-labelledby={`${id}-name`}>
      <div className="decision-head">
        <h4 id={`${id}-name`}>
          <span className="kind">{t(`decision.kinds.${kind}`)}</span>
          <span className="code">{code}</span>
          <Link to={to}>{name}</Link>
        </h4>
        <StatusBadge status={status} />
      </div>
      {children}
      {status === 'RETURNED' && returnReason && (
        <p>
          <strong>{t('actual.returnReason')}：</strong>
          {returnReason}
        </p>
      )}
      <DecisionControls id={id} status={status} {...decision} />
    </li>
  );
}
