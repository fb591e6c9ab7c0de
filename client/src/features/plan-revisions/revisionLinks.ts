import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const LinkPlanRevisionMutation = graphql(`
  mutation LinkPlanRevision($revisionId: ID!, $actionId: ID, $threadId: ID) {
    linkPlanRevision(revisionId: $revisionId, actionId: $actionId, threadId: $threadId) {
      id
    }
  }
`);

const UnlinkPlanRevisionMutation = graphql(`
  mutation UnlinkPlanRevision($revisionId: ID!, $actionId: ID, $threadId: ID) {
    unlinkPlanRevision(revisionId: $revisionId, actionId: $actionId, threadId: $threadId) {
      id
    }
  }
`);

/** What a revision answers: one improvement action or one council thread. */
export type LinkTarget = { actionId: string } | { threadId: string };

/**
 * Links a revision to what it answers, or unlinks it; the caller reads the revision again (its
 * answersActions and answersThreads) rather than the cache being patched, as after every other write.
 */
export function useRevisionLink(): (revisionId: string, target: LinkTarget, linked: boolean) => Promise<void> {
  const [link] = useMutation(LinkPlanRevisionMutation);
  const [unlink] = useMutation(UnlinkPlanRevisionMutation);
  return async (revisionId, target, linked) => {
    await (linked ? link : unlink)({ variables: { revisionId, ...target } });
  };
}
