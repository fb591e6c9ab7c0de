/**
 * What the audit log page must never show a reader: action codes (`actual.accept`), field names
 * (`goalId`), enum values (`PARTLY`), ids, or a UTC timestamp (`2025-06-30T05:00:00.000Z`).
 */
const ACTIONS = /\b(actual|measureReport|reviewCycle|reviewThread|threadPost|threadResponse|improvementAction|user|strategy|overallJudgement)\.\w+/;
const FIELD_NAMES = /\b[a-z]+[A-Z]\w*\b/;
const ENUMS =
  /\b(DRAFT|SUBMITTED|ACCEPTED|RETURNED|MISSING|PREPARING|COLLECTING|REVIEWING|RESPONDING|CLOSED|OPEN|RESOLVED|LEFT|WILL_ADDRESS|PARTLY|WILL_NOT|QUESTION|OPINION|RECOMMENDATION|PLANNED|IN_PROGRESS|DONE|DROPPED|PLANNING|COUNCIL|DEPARTMENT|ADMIN|INVITED|ACTIVE|DISABLED|GOAL|MEASURE|INDICATOR|DATA_LATER|NOT_STARTED|STOPPED|CANNOT_JUDGE|NO_TARGET|AT_LEAST|AT_MOST|ABOVE|BELOW|EXPAND|CONTINUE|REVISE|ABOLISH|COMPLETE)\b/;
const IDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/i;
const UTC = /\d{4}-\d{2}-\d{2}T\d{2}|UTC/;

/** The first code the text shows, or null when it speaks in words only. */
export function rawCodeIn(text: string): string | null {
  for (const pattern of [ACTIONS, FIELD_NAMES, ENUMS, IDS, UTC]) {
    const found = pattern.exec(text);
    if (found) return found[0];
  }
  return null;
}
