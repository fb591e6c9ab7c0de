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
