import { NO_VALUE } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { MeasureReportView_ReportFragment, ReportConfigFieldsFragment } from '../../gql/graphql';
import { directionText } from './reportConfig';
import { StatusBadge } from '../StatusBadge';
import { PlainText } from '../PlainText';
import { GradeBadge } from '../GradeBadge';

graphql(`
  fragment MeasureReportView_report on MeasureReport {
    id
    whatWasDone
    issues
    nextDirection
    effectiveness
    efficiency
    selfGrade
    status
  }
`);

type Props = { report: MeasureReportView_ReportFragment | null | undefined; grade: string; config: ReportConfigFieldsFragment };

/** 施策の評価 as the departments reported it: 取組内容, 課題, 今後の方向性, 自己評価, beside the KPIs' grade. */
export function MeasureReportView({ report, grade, config }: Props) {
  const { t } = useTranslation();
  return (
    <div className="anchor-main">
      <dl className="figures">
        <div>
          <dt>{t('councilReview.kpiGrade')}</dt>
          <dd>
            <GradeBadge grade={grade} />
          </dd>
        </div>
        <div>
          <dt>{t('councilReview.selfGrade')}</dt>
          <dd>
            <GradeBadge grade={report?.selfGrade} />
          </dd>
        </div>
      </dl>
      {!report ? (
        <p className="notice">{t('councilReview.noReport')}</p>
      ) : (
        <>
          <p>
            {t('councilReview.reportStatus')} <StatusBadge status={report.status} />
          </p>
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
        </>
      )}
    </div>
  );
}
