import type { ResponseStance } from '../../../gql/graphql';
import type { ActionDraft } from '../actions/ActionFields';

export type RespondDraft = { stance: ResponseStance | null; body: string; reason: string; action: ActionDraft };

export type RespondField = 'stance' | 'body' | 'reason' | 'description' | 'dueFiscalYear';

/** The server's rule, checked first so that nothing half-filled is sent: a reason unless 対応する. */
export function respondProblems(draft: RespondDraft): RespondField[] {
  const problems: RespondField[] = [];
  if (!draft.stance) problems.push('stance');
  if (!draft.body.trim()) problems.push('body');
  if (draft.stance && draft.stance !== 'WILL_ADDRESS' && !draft.reason.trim()) problems.push('reason');
  if (draft.action.wanted && !draft.action.description.trim()) problems.push('description');
  return problems;
}

export const sameAnswer = (a: RespondDraft, b: RespondDraft) => a.stance === b.stance && a.body === b.body && a.reason === b.reason;
