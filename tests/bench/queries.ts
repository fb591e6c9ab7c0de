import { Kind, print, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { defaultProgressConfig } from '@kaizen/shared';
import * as client from '../../client/src/gql/graphql.js';
import { PLAN_IN_FORCE } from '../api/plan-query.graphql.js';

/**
 * The dashboard read of issue 10: one strategy's goals, measures, KGIs and KPIs with progress and
 * actuals, each measure's report in the cycle, and the cycle's threads.
 */
export const DASHBOARD = /* GraphQL */ `
  query Dashboard($id: ID!, $cycleId: ID!, $fiscalYear: Int!) {
    strategy(id: $id) {
      id title
      goals { id number title progress(fiscalYear: $fiscalYear) { rate grade }
        kgis { ...I }
        measures { id code title progress(fiscalYear: $fiscalYear) { rate grade }
          report(cycleId: $cycleId) { id selfGrade status }
          indicators { ...I } } }
    }
    reviewThreads(cycleId: $cycleId) { id status anchor goal { id } measure { id } indicator { id } }
  }
  fragment I on Indicator { id key name unit progress(fiscalYear: $fiscalYear) { rate grade } actuals { value fiscalYear status } }
`;

/** The review index page's own document (client/src/gql), as the browser sends it. */
export const REVIEW_INDEX = print(client.ReviewIndexDocument);

/** The records a page is opened on: Yonezawa's, in the bench. */
export type PageIds = { strategyId: string; cycleId: string; previousId: string; measureId: string; indicatorId: string; departmentId: string; revisionId: string; fiscalYear: number };

/** Which record a variable stands for, by the field and argument it is passed to. */
const BY_ARGUMENT: Record<string, keyof PageIds> = {
  'reviewCycle.id': 'cycleId',
  'reviewThreads.cycleId': 'cycleId',
  'actuals.cycleId': 'cycleId',
  'report.cycleId': 'cycleId',
  'strategy.id': 'strategyId',
  'reviewCycles.strategyId': 'strategyId',
  'measure.id': 'measureId',
  'reviewThreads.measureId': 'measureId',
  'indicator.id': 'indicatorId',
  'assignments.departmentId': 'departmentId',
  'progress.fiscalYear': 'fiscalYear',
  'carriedOverActions.fiscalYear': 'fiscalYear',
  'progressConfigPreview.strategyId': 'strategyId',
  'progressConfigPreview.fiscalYear': 'fiscalYear',
  'planRevision.id': 'revisionId',
  // The published pages read the closed year, which the fixture publishes.
  'publishedCycle.id': 'previousId',
  'publishedCycles.strategyId': 'strategyId',
  'measure.measureId': 'measureId',
};

export type ClientQuery = { name: string; query: string; variables: Record<string, unknown> };

/**
 * Every query the web client sends (client/src/gql), with variables for `ids`' pages. A variable
 * that nothing here names is left out when optional (the audit log of every record) and fails the
 * bench when required: a new page's document is then given its ids here, not silently skipped.
 */
export function clientQueries(ids: PageIds): ClientQuery[] {
  // Named, not placed: the changes page compares a cycle with the one before, whose year precedes it.
  // The grading preview is asked about the strategy's own rules, judged against the final target instead.
  // The invitation page is opened on a link that no longer works: the same lookup, answered null.
  // A revision's 新旧対照表 names it inside its versions; its plan is read as in force in the review year.
  const byName: Record<string, unknown> = {
    previousId: ids.previousId,
    previousYear: ids.fiscalYear - 1,
    first: 100,
    config: { ...defaultProgressConfig, basis: 'FINAL_TARGET' },
    token: 'a-used-invitation-link',
    revisionId: ids.revisionId,
    version: { fiscalYear: ids.fiscalYear },
    goalNumber: 1,
  };
  return Object.values(client as Record<string, unknown>)
    .filter((d): d is DocumentNode => (d as DocumentNode)?.kind === Kind.DOCUMENT)
    .flatMap((document) => {
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (operation?.operation !== 'query') return [];
      const standsFor = new Map<string, keyof PageIds>();
      visit(document, {
        Field(field) {
          for (const a of field.arguments ?? []) {
            const key = BY_ARGUMENT[`${field.name.value}.${a.name.value}`];
            if (a.value.kind === Kind.VARIABLE && key && !standsFor.has(a.value.name.value)) standsFor.set(a.value.name.value, key);
          }
        },
      });
      const name = operation.name!.value;
      const variables: Record<string, unknown> = {};
      for (const { variable, type } of operation.variableDefinitions ?? []) {
        const v = variable.name.value;
        const value = v in byName ? byName[v] : standsFor.has(v) ? ids[standsFor.get(v)!] : undefined;
        if (value !== undefined) variables[v] = value;
        else if (type.kind === Kind.NON_NULL_TYPE) throw new Error(`${name}: no value for $${v} (tests/bench/queries.ts BY_ARGUMENT)`);
      }
      return [{ name, query: print(document), variables }];
    });
}

/**
 * The client's queries, and the plan as in force in the review year read with each indicator's
 * grade and history (issue 13): the plan's revisions folded back for every indicator of it.
 */
export function benchQueries(ids: PageIds): ClientQuery[] {
  return [...clientQueries(ids), { name: 'PlanInForceOfYear', query: PLAN_IN_FORCE, variables: { id: ids.strategyId, fiscalYear: ids.fiscalYear } }];
}
