/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query IndicatorPage($id: ID!) {\n    indicator(id: $id) {\n      id\n      kind\n      name\n      unit\n      targetKind\n      direction\n      dataSource\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        value\n        fiscalYear\n        text\n      }\n      baseline {\n        value\n        label\n        text\n        note\n      }\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n        }\n      }\n      measures {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.IndicatorPageDocument,
    "\n  fragment GoalSection_goal on Goal {\n    number\n    title\n    basicDirection\n    kgis {\n      id\n      name\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n      }\n      baseline {\n        text\n        label\n      }\n    }\n    measures {\n      id\n      code\n      title\n    }\n  }\n": typeof types.GoalSection_GoalFragmentDoc,
    "\n  fragment KpiTable_group on KpiGroup {\n    no\n    item\n    indicators {\n      id\n      name\n      relisted\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n        fiscalYear\n      }\n      baseline {\n        text\n        label\n      }\n    }\n  }\n": typeof types.KpiTable_GroupFragmentDoc,
    "\n  query MeasurePage($id: ID!) {\n    measure(id: $id) {\n      id\n      code\n      title\n      notes\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          title\n        }\n      }\n      policies {\n        ...PolicyList_policy\n      }\n      kpiGroups {\n        ...KpiTable_group\n      }\n      projects {\n        ...ProjectList_project\n      }\n    }\n  }\n": typeof types.MeasurePageDocument,
    "\n  fragment PolicyList_policy on Policy {\n    id\n    ordinal\n    title\n    bullets\n  }\n": typeof types.PolicyList_PolicyFragmentDoc,
    "\n  fragment ProjectList_project on Project {\n    id\n    name\n    sinceFY\n    relisted\n    departmentsNote\n    departments {\n      id\n      name\n    }\n  }\n": typeof types.ProjectList_ProjectFragmentDoc,
    "\n  query Strategies {\n    strategies {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n    }\n  }\n": typeof types.StrategiesDocument,
    "\n  query StrategyOverview($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n      goals {\n        id\n        ...GoalSection_goal\n      }\n    }\n  }\n": typeof types.StrategyOverviewDocument,
};
const documents: Documents = {
    "\n  query IndicatorPage($id: ID!) {\n    indicator(id: $id) {\n      id\n      kind\n      name\n      unit\n      targetKind\n      direction\n      dataSource\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        value\n        fiscalYear\n        text\n      }\n      baseline {\n        value\n        label\n        text\n        note\n      }\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n        }\n      }\n      measures {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.IndicatorPageDocument,
    "\n  fragment GoalSection_goal on Goal {\n    number\n    title\n    basicDirection\n    kgis {\n      id\n      name\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n      }\n      baseline {\n        text\n        label\n      }\n    }\n    measures {\n      id\n      code\n      title\n    }\n  }\n": types.GoalSection_GoalFragmentDoc,
    "\n  fragment KpiTable_group on KpiGroup {\n    no\n    item\n    indicators {\n      id\n      name\n      relisted\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n        fiscalYear\n      }\n      baseline {\n        text\n        label\n      }\n    }\n  }\n": types.KpiTable_GroupFragmentDoc,
    "\n  query MeasurePage($id: ID!) {\n    measure(id: $id) {\n      id\n      code\n      title\n      notes\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          title\n        }\n      }\n      policies {\n        ...PolicyList_policy\n      }\n      kpiGroups {\n        ...KpiTable_group\n      }\n      projects {\n        ...ProjectList_project\n      }\n    }\n  }\n": types.MeasurePageDocument,
    "\n  fragment PolicyList_policy on Policy {\n    id\n    ordinal\n    title\n    bullets\n  }\n": types.PolicyList_PolicyFragmentDoc,
    "\n  fragment ProjectList_project on Project {\n    id\n    name\n    sinceFY\n    relisted\n    departmentsNote\n    departments {\n      id\n      name\n    }\n  }\n": types.ProjectList_ProjectFragmentDoc,
    "\n  query Strategies {\n    strategies {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n    }\n  }\n": types.StrategiesDocument,
    "\n  query StrategyOverview($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n      goals {\n        id\n        ...GoalSection_goal\n      }\n    }\n  }\n": types.StrategyOverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorPage($id: ID!) {\n    indicator(id: $id) {\n      id\n      kind\n      name\n      unit\n      targetKind\n      direction\n      dataSource\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        value\n        fiscalYear\n        text\n      }\n      baseline {\n        value\n        label\n        text\n        note\n      }\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n        }\n      }\n      measures {\n        id\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorPage($id: ID!) {\n    indicator(id: $id) {\n      id\n      kind\n      name\n      unit\n      targetKind\n      direction\n      dataSource\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        value\n        fiscalYear\n        text\n      }\n      baseline {\n        value\n        label\n        text\n        note\n      }\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n        }\n      }\n      measures {\n        id\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalSection_goal on Goal {\n    number\n    title\n    basicDirection\n    kgis {\n      id\n      name\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n      }\n      baseline {\n        text\n        label\n      }\n    }\n    measures {\n      id\n      code\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment GoalSection_goal on Goal {\n    number\n    title\n    basicDirection\n    kgis {\n      id\n      name\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n      }\n      baseline {\n        text\n        label\n      }\n    }\n    measures {\n      id\n      code\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiTable_group on KpiGroup {\n    no\n    item\n    indicators {\n      id\n      name\n      relisted\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n        fiscalYear\n      }\n      baseline {\n        text\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment KpiTable_group on KpiGroup {\n    no\n    item\n    indicators {\n      id\n      name\n      relisted\n      departmentsNote\n      departments {\n        id\n        name\n      }\n      target {\n        text\n        fiscalYear\n      }\n      baseline {\n        text\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasurePage($id: ID!) {\n    measure(id: $id) {\n      id\n      code\n      title\n      notes\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          title\n        }\n      }\n      policies {\n        ...PolicyList_policy\n      }\n      kpiGroups {\n        ...KpiTable_group\n      }\n      projects {\n        ...ProjectList_project\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeasurePage($id: ID!) {\n    measure(id: $id) {\n      id\n      code\n      title\n      notes\n      goal {\n        id\n        number\n        title\n        strategy {\n          id\n          title\n        }\n      }\n      policies {\n        ...PolicyList_policy\n      }\n      kpiGroups {\n        ...KpiTable_group\n      }\n      projects {\n        ...ProjectList_project\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyList_policy on Policy {\n    id\n    ordinal\n    title\n    bullets\n  }\n"): (typeof documents)["\n  fragment PolicyList_policy on Policy {\n    id\n    ordinal\n    title\n    bullets\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectList_project on Project {\n    id\n    name\n    sinceFY\n    relisted\n    departmentsNote\n    departments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectList_project on Project {\n    id\n    name\n    sinceFY\n    relisted\n    departmentsNote\n    departments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Strategies {\n    strategies {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n    }\n  }\n"): (typeof documents)["\n  query Strategies {\n    strategies {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StrategyOverview($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n      goals {\n        id\n        ...GoalSection_goal\n      }\n    }\n  }\n"): (typeof documents)["\n  query StrategyOverview($id: ID!) {\n    strategy(id: $id) {\n      id\n      title\n      municipality\n      periodStartFY\n      periodEndFY\n      goals {\n        id\n        ...GoalSection_goal\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;