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
