import { isEnumType, isInputObjectType, isListType, isNonNullType, Kind, print, typeFromAST, type DocumentNode, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import * as generated from '../../client/src/gql/graphql.js';
import { CostLimits, DEFAULT_BUDGETS, LIMITS, measure, type Figures } from '../../server/src/graphql/cost-limits.js';
import { createSchema } from '../../server/src/graphql/schema.js';

/** Every operation the web client sends: graphql-codegen's client-preset writes each as `<Name>Document`. */
const operations = Object.entries(generated as Record<string, unknown>)
  .filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode)?.kind === Kind.DOCUMENT)
  .map(([, value]) => value as DocumentNode);

/** The pages a signed-out visitor opens: the plan browser, an indicator, signing in. */
const PUBLIC = ['Strategies', 'StrategyOverview', 'MeasurePage', 'IndicatorPage', 'Viewer', 'SignIn'];

/** Variables as the client could send them; `first` as large as the audit page asks (500). */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type, f.name)]));
  }
  switch (type.name) {
    case 'ID': return '00000000-0000-4000-8000-000000000000';
    case 'Int': return name === 'first' ? 500 : 2025;
    case 'Float': return 1.5;
    case 'Boolean': return true;
    case 'DateTimeISO': return '2025-04-01T00:00:00.000Z';
    case 'LocalDate': return '2025-04-01';
    case 'JSON': return {};
    default: return 'x';
  }
}

function variablesOf(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, sample(typeFromAST(schema, d.type as never) as GraphQLInputType, d.variable.name.value)]));
}

type Row = { name: string; request: { query: string; operationName: string; variables: Record<string, unknown> }; figures: Figures };

/** Room each client operation leaves: at most this share of every signed-in limit. */
const HEADROOM = 0.6;

describe('the web client’s own operations', () => {
  let limits: CostLimits;
  let rows: Row[];
  beforeAll(async () => {
    const schema = await createSchema();
    // The budgets the server ships with, checked by the function it checks every request with.
    limits = new CostLimits(schema, DEFAULT_BUDGETS);
    rows = operations.map((document) => {
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      // Apollo Client sends the printed document.
      const request = { query: print(document), operationName: operation.name!.value, variables: variablesOf(schema, operation) };
      const measured = measure(schema, request, DEFAULT_BUDGETS.signedIn);
      if (!measured.document) throw new Error(`${request.operationName} was not measured: ${JSON.stringify(measured.figures)}`);
      return { name: request.operationName, request, figures: measured.figures };
    });
    const top = (limit: (typeof LIMITS)[number]) => [...rows].sort((a, b) => b.figures[limit] - a.figures[limit])[0];
    console.table(Object.fromEntries(LIMITS.map((l) => [l, { operation: top(l).name, figure: top(l).figures[l], signedIn: DEFAULT_BUDGETS.signedIn[l], anonymous: DEFAULT_BUDGETS.anonymous[l] }])));
  });

  it('are all found, each measured in full (its variables coerce, so the cost is not left at 0)', () => {
    expect(operations.length).toBeGreaterThan(40);
    for (const row of rows) expect(row.figures.cost, row.name).toBeGreaterThan(0);
  });

  it('each fit the signed-in budget, with room to spare on every limit', () => {
    for (const row of rows) expect(limits.check(row.request, true), row.name).toBeNull();
    const tight = rows.flatMap((row) => LIMITS.filter((l) => row.figures[l] > DEFAULT_BUDGETS.signedIn[l] * HEADROOM).map((l) => `${row.name}: ${l} ${row.figures[l]} of ${DEFAULT_BUDGETS.signedIn[l]}`));
    expect(tight).toEqual([]);
  });

  it('the pages a signed-out visitor opens fit the anonymous budget', () => {
    const names = new Set(rows.map((r) => r.name));
    for (const name of PUBLIC) expect(names, name).toContain(name);
    for (const row of rows.filter((r) => PUBLIC.includes(r.name))) expect(limits.check(row.request, false), row.name).toBeNull();
  });
});
