/** The whole-plan query of the product's first issue: everything the plan browser shows. */
export const WHOLE_PLAN = /* GraphQL */ `
  query WholePlan($id: ID!) {
    strategy(id: $id) {
      title periodStartFY periodEndFY
      departments { id name }
      goals { number title kgis { ...I }
        measures { code title policies { ordinal title bullets }
          indicators { ...I } projects { name sinceFY relisted departments { name } } } }
    }
  }
  fragment I on Indicator { id key kind name unit relisted targetKind direction dataSource departmentsNote
    departments { name } baseline { value label text note } target { value fiscalYear text } }
`;

export const STRATEGIES = /* GraphQL */ `{ strategies { id key title periodStartFY periodEndFY } }`;

/** What the council reads of a year: the plan with progress at every level and the measure reports. */
export const YEAR_REVIEW = /* GraphQL */ `
  query YearReview($id: ID!, $cycleId: ID!) {
    strategy(id: $id) {
      goals { number progress(fiscalYear: 2024) { rate grade gradeCounts { grade count } }
        kgis { progress(fiscalYear: 2024) { rate grade } }
        measures { code progress(fiscalYear: 2024) { rate grade indicators measured onTrack }
          responsibleDepartments { name }
          report(cycleId: $cycleId) { whatWasDone selfGrade updatedByUser { displayName } }
          indicators { progress(fiscalYear: 2024) { rate grade reason } actuals { value fiscalYear } } } }
    }
  }
`;

/** The plan as in force in a fiscal year (改訂 folded back), each indicator with that year's grade and its revisions. */
export const PLAN_IN_FORCE = /* GraphQL */ `
  query PlanInForceOfYear($id: ID!, $fiscalYear: Int!) {
    strategy(id: $id) {
      planInForce(version: { fiscalYear: $fiscalYear }) { strategy { periodEndFY }
        indicators { id name target { value text } retiredFromFY progress(fiscalYear: $fiscalYear) { grade } history { field } } }
    }
  }
`;

/** 新旧対照表: the plan in force in a fiscal year against the plan as adopted today. */
export const PLAN_COMPARISON = /* GraphQL */ `
  query PlanComparisonSinceYear($id: ID!, $fiscalYear: Int!) {
    strategy(id: $id) { planComparison(from: { fiscalYear: $fiscalYear }, to: {}) { goalNumber measureCode subject fieldLabel before after reason } }
  }
`;
