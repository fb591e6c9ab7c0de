/** The yearly cycle for the results of one fiscal year (D → C → A). */
export const CycleState = {
  PREPARING: 'PREPARING',
  /** Departments enter actuals and measure reports. */
  COLLECTING: 'COLLECTING',
  /** The council reads and comments. */
  REVIEWING: 'REVIEWING',
  /** Departments answer and commit improvement actions. */
  RESPONDING: 'RESPONDING',
  /** Published, read-only. */
  CLOSED: 'CLOSED',
} as const;
export type CycleState = (typeof CycleState)[keyof typeof CycleState];

export const cycleStates: CycleState[] = Object.values(CycleState);

/** Forward one step at a time; back to any earlier open state (with a reason); nothing leaves CLOSED. */
export function cycleMove(from: CycleState, to: CycleState): 'FORWARD' | 'BACK' | null {
  const [a, b] = [cycleStates.indexOf(from), cycleStates.indexOf(to)];
  if (from === CycleState.CLOSED) return null;
  if (b === a + 1) return 'FORWARD';
  if (b < a) return 'BACK';
  return null;
}

/** Where a department's entry stands. */
export const SubmissionStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  ACCEPTED: 'ACCEPTED',
  RETURNED: 'RETURNED',
} as const;
export type SubmissionStatus = (typeof SubmissionStatus)[keyof typeof SubmissionStatus];

/** Handed in to the planning division (submitted or accepted): what counts and what everyone may read. */
export function isHandedIn(status: SubmissionStatus): boolean {
  return status === SubmissionStatus.SUBMITTED || status === SubmissionStatus.ACCEPTED;
}
