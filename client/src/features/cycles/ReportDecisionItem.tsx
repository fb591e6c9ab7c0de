import { NO_VALUE } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import type { ReportConfigFieldsFragment } from '../../gql/graphql';
import { PlainText } from '../../ui/PlainText';
import { reportEntryPath } from '../measure-report/paths';
import { directionText } from '../../ui/report/reportConfig';
import { WhoWhen } from '../../ui/WhoWhen';
import { DecisionCard } from './DecisionCard';
import type { Decision } from './DecisionControls';
import type { DepartmentReportAssignment } from './DepartmentDetail';
import { GradeBadge } from '../../ui/GradeBadge';

type Props = {
  cycleId: string;
  config: ReportConfigFieldsFragment;
  item: DepartmentReportAssignment;
  decision: Decision;
};

/** One measure's report (施策の評価) as the planning division checks it, beside its KPIs' grades; accept or return (with a reason). */
export function ReportDecisionItem({ cycleId, config, item, decision }: Props) {
  const { t } = useTranslation();
  const { measure, report } = item;
  const status = report?.status;

  return (
    <DecisionCard kind="report" code={measure.code} name={measure.title} to={reportEntryPath(cycleId, measure.id)} status={status} returnReason={report?.returnReason} decision={decision}>
      <dl className="inline-dl">
        <div className="inline-dl-item">
          <dt>{t('councilReview.selfGrade')}</dt>
          <dd>
            <GradeBadge grade={report?.selfGrade} />
          </dd>
        </div>
        <div className="inline-dl-item">
          <dt>{t('councilReview.kpiGrade')}</dt>
          <dd>
            <GradeBadge grade={measure.progress.grade} />
          </dd>
        </div>
      </dl>
      {measure.indicators.length > 0 && (
        <ul className="kpi-grades" aria-label={t('decision.kpiGrades')}>
          {measure.indicators.map((i) => (
            <li key={i.id}>
              <span className="code">{i.key}</span>
              {i.name}：<GradeBadge grade={i.progress.grade} />
            </li>
          ))}
        </ul>
      )}
      {report && (
        <>
          <dl className="report">
            <dt>{t('councilReview.whatWasDone')}</dt>
            <dd>{report.whatWasDone ? <PlainText text={report.whatWasDone} /> : NO_VALUE}</dd>
            <dt>{t('councilReview.issues')}</dt>
            <dd>{report.issues ? <PlainText text={report.issues} /> : NO_VALUE}</dd>
            <dt>{t('councilReview.nextDirection')}</dt>
            <dd>{directionText(config.directions, report.nextDirection) ?? NO_VALUE}</dd>
            {(config.effectiveness || report.effectiveness) && (
              <>
                <dt>{t('measureReport.effectiveness')}</dt>
                <dd>{report.effectiveness ?? NO_VALUE}</dd>
              </>
            )}
            {(config.efficiency || report.efficiency) && (
              <>
                <dt>{t('measureReport.efficiency')}</dt>
                <dd>{report.efficiency ?? NO_VALUE}</dd>
              </>
            )}
          </dl>
          <p className="who-line">
            <WhoWhen user={report.updatedByUser} at={report.updatedAt} />
          </p>
        </>
      )}
    </DecisionCard>
  );
}
