import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';

/** One place of a request where a scalar of `scalar` type goes: `input.note` of `saveActual`. */
export type ArgumentSlot = { operation: 'query' | 'mutation'; field: string; path: string; scalar: string };

/** A request that puts `attack` at one slot and a valid value everywhere else the schema requires one. */
export type SlotRequest = ArgumentSlot & { query: string; variables: Record<string, unknown> };

const SAMPLE_UUID = '00000000-0000-4000-8000-000000000000';

function sampleScalar(name: string): unknown {
  switch (name) {
    case 'ID':
      return SAMPLE_UUID;
    case 'String':
      return 'x';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'JSON':
      return {};
    default:
      // Date-like scalars (DateTimeISO, LocalDate) accept an ISO date.
      return '2025-04-01';
  }
}

/** A valid value of `type`, with `attack` at `rest` (the remaining path inside it), or undefined when optional and not on the path. */
function sampleValue(type: GraphQLInputType, rest: string[] | null, attack: unknown): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, rest, attack);
  if (isListType(type)) return [sampleValue(type.ofType, rest, attack)];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      const onPath = rest?.[0] === f.name;
      if (onPath || (isNonNullType(f.type) && f.defaultValue === undefined)) value[f.name] = sampleValue(f.type, onPath ? rest!.slice(1) : null, attack);
    }
    return value;
  }
  if (rest && rest.length === 0) return attack;
  if (isEnumType(type)) return type.getValues()[0].value;
  return sampleScalar(getNamedType(type).name);
}

/** Every path below `type` that ends at a scalar named one of `scalars`. */
function pathsIn(type: GraphQLInputType, scalars: Set<string>, seen: Set<string>): { path: string[]; scalar: string }[] {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    if (seen.has(named.name)) return [];
    const next = new Set(seen).add(named.name);
    return Object.values(named.getFields()).flatMap((f) => pathsIn(f.type, scalars, next).map((p) => ({ path: [f.name, ...p.path], scalar: p.scalar })));
  }
  return scalars.has(named.name) ? [{ path: [], scalar: named.name }] : [];
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  return isObjectType(type) || isAbstractType(type) ? ' { __typename }' : '';
}

function request(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, target: GraphQLArgument, rest: string[], attack: unknown): Pick<SlotRequest, 'query' | 'variables'> {
  const args = field.args.filter((a) => a === target || (isNonNullType(a.type) && a.defaultValue === undefined));
  const variables = Object.fromEntries(args.map((a) => [a.name, sampleValue(a.type, a === target ? rest : null, attack)]));
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return { query: `${operation} Attack(${declared}) { ${field.name}(${passed})${selectionOf(field)} }`, variables };
}

/** One request per place where a scalar of `scalars` goes in the arguments of every query and mutation. */
export function slotRequests(roots: { query: GraphQLObjectType; mutation: GraphQLObjectType }, scalars: string[], attack: unknown): SlotRequest[] {
  const wanted = new Set(scalars);
  return (['query', 'mutation'] as const).flatMap((operation) =>
    Object.values(roots[operation].getFields()).flatMap((field) =>
      field.args.flatMap((arg) =>
        pathsIn(arg.type, wanted, new Set()).map(({ path, scalar }) => ({
          operation,
          field: field.name,
          // As the server names them: an input object's fields by their path inside it.
          path: (isInputObjectType(getNamedType(arg.type)) ? path : [arg.name, ...path]).join('.'),
          scalar,
          ...request(operation, field, arg, path, attack),
        })),
      ),
    ),
  );
}
