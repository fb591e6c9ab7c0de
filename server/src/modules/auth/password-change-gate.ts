import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../../graphql/context.js';
import { PasswordChangeRequiredError } from '../../graphql/errors.js';

/** What a user who must change their password may still do: see who they are, change it, leave. */
const ALLOWED_ROOT_FIELDS = new Set(['viewer', 'changePassword', 'signOut', 'signIn', '__typename']);

function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

/**
 * Until the user who must change their password has done so, every operation but those above is
 * refused with PASSWORD_CHANGE_REQUIRED before it runs — reads of public data included, so that
 * the client has one rule: go to the change-password page.
 */
export const passwordChangeGate: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, document }) {
        if (!operation || !contextValue.viewer?.mustChangePassword) return;
        const fragments = new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d] as const));
        if (rootFields(operation.selectionSet, fragments).some((field) => !ALLOWED_ROOT_FIELDS.has(field))) throw new PasswordChangeRequiredError();
      },
    };
  },
};
