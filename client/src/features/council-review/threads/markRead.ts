import { graphql } from '../../../gql';

/** What changes in the thread later counts as new for the viewer (the inbox's NEW_ANSWERS). */
export const MarkThreadReadMutation = graphql(`
  mutation MarkThreadRead($id: ID!) {
    markThreadRead(id: $id) {
      id
      unread
    }
  }
`);
