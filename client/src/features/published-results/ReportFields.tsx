import { NO_VALUE } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { ReportFields_ReportFragment } from '../../gql/graphql';
import { GradeBadge } from '../../ui/GradeBadge';

graphql(`
  fragment ReportFields_report on PublishedMeasureReport {
    whatWasDone
    issues
    nextDirection
    selfGrade
  }
`);

/** A measure's published report: 取組内容, 課題, 今後の方向性 and the department's self-evaluation. */
export function ReportFields({ report }: { report: ReportFields_ReportFragment }) {
  const { t } = useTranslation();
  return (
    <dl className="published-report">
      <dt>{t('published.whatWasDone')}</dt>
      <dd>{report.whatWasDone || NO_VALUE}</dd>
      <dt>{t('published.issues')}</dt>
      <dd>{report.issues || NO_VALUE}</dd>
      <dt>{t('published.nextDirection')}</dt>
      <dd>{report.nextDirection || NO_VALUE}</dd>
      <dt>{t('published.selfGrade')}</dt>
      <dd>
        <GradeBadge grade={report.selfGrade} />
      </dd>
    </dl>
  );
}
