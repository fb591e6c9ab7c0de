import { print } from 'graphql';
import { ReviewIndexDocument } from '../../client/src/gql/graphql.js';

/**
 * The dashboard read of issue 10: one strategy's goals, measures, KGIs and KPIs with progress and
 * actuals, each measure's report in the cycle, and the cycle's threads.
 */
export const DASHBOARD = /* GraphQL */ `
  query Dashboard($id: ID!, $cycleId: ID!, $fiscalYear: Int!) {
    strategy(id: $id) {
      id title
      goals { id number title progress(fiscalYear: $fiscalYear) { rate grade }
        kgis { ...I }
        measures { id code title progress(fiscalYear: $fiscalYear) { rate grade }
          report(cycleId: $cycleId) { id selfGrade status }
          indicators { ...I } } }
    }
    reviewThreads(cycleId: $cycleId) { id status anchor goal { id } measure { id } indicator { id } }
  }
  fragment I on Indicator { id key name unit progress(fiscalYear: $fiscalYear) { rate grade } actuals { value fiscalYear status } }
`;

/** The review index page's own document (client/src/gql), as the browser sends it. */
export const REVIEW_INDEX = print(ReviewIndexDocument);
