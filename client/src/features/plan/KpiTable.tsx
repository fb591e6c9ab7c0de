import { fiscalYearLabel } from '@kaizen/shared';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { KpiTable_GroupFragment } from '../../gql/graphql';
import { departmentsText } from '../../ui/departments';
import { RelistedBadge } from '../../ui/RelistedBadge';
import { RetiredBadge } from '../../ui/RetiredBadge';

graphql(`
  fragment KpiTable_group on KpiGroup {
    no
    item
    indicators {
      id
      name
      relisted
      retiredFromFY
      departmentsNote
      departments {
        id
        name
      }
      target {
        text
        fiscalYear
      }
      baseline {
        text
        label
      }
    }
  }
`);

/** The measure's KPI table as the plan prints it: one row per KPI, No and 施策項目 once per group. */
export function KpiTable({ code, groups }: { code: string; groups: KpiTable_GroupFragment[] }) {
  const { t } = useTranslation();
  const targetYear = Math.max(...groups.flatMap((g) => g.indicators.map((i) => i.target.fiscalYear)));
  return (
    <div className="table-scroll" role="region" aria-label={t('measure.kpiCaption', { code })} tabIndex={0}>
      <table className="kpi-table">
        <caption>{t('measure.kpiCaption', { code })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kpiTable.no')}</th>
            <th scope="col">{t('kpiTable.item')}</th>
            <th scope="col">{t('kpiTable.indicator')}</th>
            <th scope="col">{t('kpiTable.target', { year: fiscalYearLabel(targetYear) })}</th>
            <th scope="col">{t('kpiTable.baseline')}</th>
            <th scope="col">{t('kpiTable.departments')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <Fragment key={group.no}>
              {group.indicators.map((kpi, i) => (
                <tr key={kpi.id}>
                  {i === 0 && (
                    <>
                      <td rowSpan={group.indicators.length}>{group.no}</td>
                      <td rowSpan={group.indicators.length}>{group.item}</td>
                    </>
                  )}
                  <th scope="row">
                    <Link to={`/indicators/${kpi.id}`}>{kpi.name}</Link>
                    {kpi.relisted && <RelistedBadge />}
                    <RetiredBadge fromFY={kpi.retiredFromFY} />
                  </th>
                  <td className="num">{kpi.target.text}</td>
                  <td className="num">
                    {kpi.baseline.text}
                    {kpi.baseline.label && <span className="period">（{kpi.baseline.label}）</span>}
                  </td>
                  <td>{departmentsText(kpi)}</td>
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
