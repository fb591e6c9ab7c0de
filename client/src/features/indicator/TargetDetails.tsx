import { fiscalYearLabel, NO_VALUE } from '@kaizen/shared';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { TargetDetails_IndicatorFragment } from '../../gql/graphql';

graphql(`
  fragment TargetDetails_indicator on Indicator {
    id
    unit
    startFY
    rationale
    calculationMethod
    dataAvailability
    target {
      unit
      note
    }
    baseline {
      unit
    }
    yearlyTargets {
      fiscalYear
      value
      text
      intermediate
    }
  }
`);

/**
 * What the plan says of a target beyond its number: its own units, a note, the yearly and
 * intermediate targets, the indicator's own first year, 設定根拠 / 計算方法 / 数値確定の時期.
 * Rendered inside the page's facts list; nothing when the plan says none of it.
 */
export function TargetDetails({ indicator: i }: { indicator: TargetDetails_IndicatorFragment }) {
  const { t } = useTranslation();
  const unitsDiffer = i.target.unit !== i.unit || i.baseline.unit !== i.unit;
  const facts: [string, ReactNode][] = [];
  if (unitsDiffer) facts.push([t('targetDetails.units'), t('targetDetails.unitsText', { baseline: i.baseline.unit, target: i.target.unit })]);
  if (i.target.note) facts.push([t('targetDetails.targetNote'), i.target.note]);
  if (i.startFY !== null) facts.push([t('targetDetails.startFY'), t('targetDetails.startFYText', { year: fiscalYearLabel(i.startFY) })]);
  if (i.yearlyTargets.length) {
    facts.push([
      t('targetDetails.yearlyTargets'),
      <ul className="plain-list" key="yearly">
        {i.yearlyTargets.map((y) => (
          <li key={y.fiscalYear}>
            {fiscalYearLabel(y.fiscalYear)}：{y.text || NO_VALUE}
            {y.intermediate && <span className="badge">{t('targetDetails.intermediate')}</span>}
          </li>
        ))}
      </ul>,
    ]);
  }
  if (i.rationale) facts.push([t('targetDetails.rationale'), i.rationale]);
  if (i.calculationMethod) facts.push([t('targetDetails.calculationMethod'), i.calculationMethod]);
  if (i.dataAvailability) facts.push([t('targetDetails.dataAvailability'), i.dataAvailability]);
  return (
    <>
      {facts.map(([term, detail]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{detail}</dd>
        </Fragment>
      ))}
    </>
  );
}
