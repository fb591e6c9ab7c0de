import { cycleStates, type CycleState } from '@kaizen/shared';
import type { ApiSession } from './server.js';

/** GraphQL operations of the yearly cycle, shared by the API tests. */
export const OPEN_CYCLE = `mutation($strategyId: ID!, $fiscalYear: Int!) {
  openReviewCycle(input: { strategyId: $strategyId, fiscalYear: $fiscalYear, collectingDue: "2025-06-30" }) { id state version fiscalYear collectingDue } }`;
export const MOVE_CYCLE = `mutation($id: ID!, $to: CycleState!, $v: Int!, $reason: String) {
  moveReviewCycle(id: $id, to: $to, expectedVersion: $v, reason: $reason) { id state version } }`;
export const SAVE_ACTUAL = `mutation($input: SaveActualInput!) {
  saveActual(input: $input) { id value notKnownReason note evidenceLinks status version fiscalYear } }`;
export const SUBMIT_ACTUAL = `mutation($id: ID!, $v: Int!) { submitActual(id: $id, expectedVersion: $v) { id status version } }`;
export const ACCEPT_ACTUAL = `mutation($id: ID!, $v: Int!) { acceptActual(id: $id, expectedVersion: $v) { id status version } }`;
export const RETURN_ACTUAL = `mutation($id: ID!, $v: Int!, $reason: String!) { returnActual(id: $id, expectedVersion: $v, reason: $reason) { id status version returnReason } }`;
export const AUDIT_LOG = `query($id: ID) { auditLog(entityId: $id) { action entityType entityId user { email } before after } }`;
export const SAVE_REPORT = `mutation($input: SaveMeasureReportInput!) {
  saveMeasureReport(input: $input) { id whatWasDone issues nextDirection selfGrade status version returnReason } }`;
export const SUBMIT_REPORT = `mutation($id: ID!, $v: Int!) { submitMeasureReport(id: $id, expectedVersion: $v) { id status version } }`;
export const ACCEPT_REPORT = `mutation($id: ID!, $v: Int!) { acceptMeasureReport(id: $id, expectedVersion: $v) { id status version } }`;
export const RETURN_REPORT = `mutation($id: ID!, $v: Int!, $reason: String!) { returnMeasureReport(id: $id, expectedVersion: $v, reason: $reason) { id status version returnReason } }`;
export const START_THREAD = `mutation($input: StartThreadInput!) { startThread(input: $input) { id anchor kind status version awaitingResponse
  responsibleDepartments { name } posts { id body author { email } } } }`;
export const REPLY = `mutation($id: ID!, $body: String!) { replyToThread(threadId: $id, body: $body) { id body createdAt } }`;
export const EDIT_POST = `mutation($id: ID!, $body: String!) { editThreadPost(postId: $id, body: $body) { id body editedAt revisions { body } } }`;
export const RESPOND = `mutation($input: RespondToThreadInput!) { respondToThread(input: $input) { id stance body reason version department { name } } }`;
export const RESOLVE_THREAD = `mutation($id: ID!, $v: Int!) { resolveThread(id: $id, expectedVersion: $v) { id status version } }`;
export const REOPEN_THREAD = `mutation($id: ID!, $v: Int!) { reopenThread(id: $id, expectedVersion: $v) { id status version } }`;
export const LEAVE_THREAD = `mutation($id: ID!, $v: Int!, $reason: String!) { leaveThread(id: $id, expectedVersion: $v, reason: $reason) { id status leftReason version } }`;
export const MARK_READ = `mutation($id: ID!) { markThreadRead(id: $id) { id unread } }`;
export const CREATE_ACTION = `mutation($input: CreateImprovementActionInput!) { createImprovementAction(input: $input) {
  id description dueFiscalYear status version originFiscalYear ownerDepartment { name } measure { code } goal { number } } }`;
export const UPDATE_ACTION = `mutation($input: UpdateImprovementActionInput!) { updateImprovementAction(input: $input) {
  id status version progressNotes { body status } } }`;
export const THREAD = `query($cycle: ID!) { reviewThreads(cycleId: $cycle) { id status version awaitingResponse unread anchor
  responses { stance department { name } } posts { body } } }`;
export const INBOX = `{ inbox { total items { kind count cycle { fiscalYear } threads { id } actions { id } departments { name } } } }`;

/** Opens the fiscal year's cycle as the planning division and moves it forward up to `state`. */
export async function openCycleAt(planning: ApiSession, strategyId: string, fiscalYear: number, state: CycleState): Promise<{ id: string; version: number; state: string }> {
  let cycle = (await planning.gql(OPEN_CYCLE, { strategyId, fiscalYear })).data.openReviewCycle;
  for (const to of cycleStates.slice(1, cycleStates.indexOf(state) + 1)) {
    const moved = await planning.gql(MOVE_CYCLE, { id: cycle.id, to, v: cycle.version });
    if (moved.errors) throw new Error(`moving to ${to}: ${moved.errors[0].message}`);
    cycle = moved.data.moveReviewCycle;
  }
  return cycle;
}

export const PUBLISH = `mutation($id: ID!, $v: Int!) { publishReviewCycle(id: $id, expectedVersion: $v) { id version publishedAt } }`;
export const UNPUBLISH = `mutation($id: ID!, $v: Int!, $reason: String!) { unpublishReviewCycle(id: $id, expectedVersion: $v, reason: $reason) { id version publishedAt } }`;
