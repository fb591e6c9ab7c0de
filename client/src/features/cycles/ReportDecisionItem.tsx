import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import type { ReportConfigFieldsFragment } from '../../gql/graphql';
import { PlainText } from '../council-review/PlainText';
import { reportEntryPath } from '../measure-report/paths';
import { directionText } from '../report-settings/reportConfig';
import { StatusBadge } from '../review/StatusBadge';
import { WhoWhen } from '../review/WhoWhen';
import { DecisionControls } from './DecisionControls';
import type { DepartmentReportAssignment } from './DepartmentDetail';

type Props = {
  cycleId: string;
  config: ReportConfigFieldsFragment;
  item: DepartmentReportAssignment;
  canDecide: boolean;
  busy: boolean;
  onAccept: () => void;
  onReturn: (reason: string) => Promise<boolean>;
  selected: boolean;
  onSelect: (selected: boolean) => void;
};

/** One measure's report (施策の評価) as the planning division checks it, beside its KPIs' grades; accept or return (with a reason). */
export function ReportDecisionItem({ cycleId, config, item, canDecide, busy, onAccept, onReturn, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { measure, report } = item;
  const status = report?.status;
  const none = t('common.none');

  return (
    <li className="card decision" aria-labelledby={`${id}-name`}>
      <div className="decision-head">
        <h4 id={`${id}-name`}>
          <span className="kind">{t('decision.kinds.report')}</span>
          <span className="code">{measure.code}</span>
          <Link to={reportEntryPath(cycleId, measure.id)}>{measure.title}</Link>
        </h4>
        <StatusBadge status={status} />
      </div>
      <dl className="inline-dl">
        <div className="inline-dl-item">
          <dt>{t('councilReview.selfGrade')}</dt>
          <dd>{report?.selfGrade ? <span className={`grade grade-${report.selfGrade}`}>{report.selfGrade}</span> : none}</dd>
        </div>
        <div className="inline-dl-item">
          <dt>{t('councilReview.kpiGrade')}</dt>
          <dd>
            <span className={`grade grade-${measure.progress.grade}`}>{measure.progress.grade}</span>
          </dd>
        </div>
      </dl>
      {measure.indicators.length > 0 && (
        <ul className="kpi-grades" aria-label={t('decision.kpiGrades')}>
          {measure.indicators.map((i) => (
            <li key={i.id}>
              <span className="code">{i.key}</span>
              {i.name}：<span className={`grade grade-${i.progress.grade}`}>{i.progress.grade}</span>
            </li>
          ))}
        </ul>
      )}
      {report && (
        <>
          <dl className="report">
            <dt>{t('councilReview.whatWasDone')}</dt>
            <dd>{report.whatWasDone ? <PlainText text={report.whatWasDone} /> : none}</dd>
            <dt>{t('councilReview.issues')}</dt>
            <dd>{report.issues ? <PlainText text={report.issues} /> : none}</dd>
            <dt>{t('councilReview.nextDirection')}</dt>
            <dd>{directionText(config.directions, report.nextDirection) ?? none}</dd>
            {(config.effectiveness || report.effectiveness) && (
              <>
                <dt>{t('measureReport.effectiveness')}</dt>
                <dd>{report.effectiveness ?? none}</dd>
              </>
            )}
            {(config.efficiency || report.efficiency) && (
              <>
                <dt>{t('measureReport.efficiency')}</dt>
                <dd>{report.efficiency ?? none}</dd>
              </>
            )}
          </dl>
          <p className="who-line">
            <WhoWhen user={report.updatedByUser} at={report.updatedAt} />
          </p>
        </>
      )}
      {status === 'RETURNED' && report?.returnReason && (
        <p>
          <strong>{t('actual.returnReason')}：</strong>
          {report.returnReason}
        </p>
      )}
      <DecisionControls id={id} status={status} canDecide={canDecide} busy={busy} onAccept={onAccept} onReturn={onReturn} selected={selected} onSelect={onSelect} />
    </li>
  );
}
