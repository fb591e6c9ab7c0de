import { graphql } from '../../../gql';

/** One mutation for both ways an action is made: from a response, or by 政策企画課 on a thread. */
export const CreateActionMutation = graphql(`
  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {
    createImprovementAction(input: $input) {
      ...ActionItem_action
    }
  }
`);
