import { ActionStatus } from '@kaizen/shared';
import type { Loaders } from '../../graphql/context.js';
import type { ActionProgressNote } from './action-progress-note.entity.js';
import { ImprovementAction } from './improvement-action.entity.js';

/** An action read on a closed review's page: `asOf` is when that review closed. */
export type ActionAsOf = ImprovementAction & { asOf?: Date };

/**
 * Actions as a review's pages show them. An action goes on being followed up after the cycle it
 * came from (or the one that carried it over) has closed, so a closed cycle shows each as it
 * stood when the cycle closed: its progress notes up to then and the status the last of them left
 * (an action starts PLANNED and changes status only with a note, so the notes are its history and
 * nothing needs copying at closing). An open cycle, or none, shows them as they are.
 */
export async function actionsAsOf(loaders: Loaders, actions: ImprovementAction[], closedAt: Date | null | undefined): Promise<ImprovementAction[]> {
  if (!closedAt) return actions;
  const notes = await Promise.all(actions.map((a) => loaders.progressNotesByActionId.load(a.id)));
  return actions.flatMap((action, i) => {
    if (action.createdAt > closedAt) return [];
    const kept = notesAsOf(notes[i], closedAt);
    const last = kept.at(-1);
    const shown: ActionAsOf = Object.assign(new ImprovementAction(), action, {
      status: last?.status ?? ActionStatus.PLANNED,
      updatedAt: last?.at ?? action.createdAt,
      // Each follow-up is one write with one note: the version the record had then, so a write
      // from the closed page meets a CONFLICT carrying today's record rather than changing what it does not show.
      version: action.version - (notes[i].length - kept.length),
      asOf: closedAt,
    });
    return [shown];
  });
}

/** The notes written by `asOf` (all of them without it), oldest first as given. */
export function notesAsOf(notes: ActionProgressNote[], asOf: Date | undefined): ActionProgressNote[] {
  return asOf ? notes.filter((n) => n.at <= asOf) : notes;
}

/** The actions of one thread (or one response): all come from the thread's cycle, as of its closing. */
export function threadActionsAsOf(loaders: Loaders, actions: ImprovementAction[]): Promise<ImprovementAction[]> {
  return actionsAsOf(loaders, actions, actions[0]?.originCycle?.closedAt);
}
