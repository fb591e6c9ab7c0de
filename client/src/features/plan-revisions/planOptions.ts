import { graphql } from '../../gql';
import type { PlanOptionsQuery as PlanOptionsResult } from '../../gql/graphql';

/** The plan's measures (by goal) and its municipality's departments: what a KPI may be listed under and answered by. */
export const PlanOptionsQuery = graphql(`
  query PlanOptions($strategyId: ID!) {
    strategy(id: $strategyId) {
      id
      goals {
        id
        number
        title
        measures {
          id
          code
          title
        }
      }
      departments {
        id
        name
      }
    }
  }
`);

export type PlanOptions = PlanOptionsResult['strategy'];
