import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLID,
  GraphQLString,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { BadInputError, isUuid } from './errors.js';

/** NUL and unpaired UTF-16 surrogates: PostgreSQL refuses them in text, so they must not reach it. */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The one rule every id and every text of a request meets, before any resolver runs. */
function checkScalar(type: GraphQLInputType, value: unknown, field: string): void {
  if (typeof value !== 'string') return;
  // The value is never quoted back: it may be a megabyte long.
  if (type === GraphQLID && !isUuid(value)) {
    throw new BadInputError(`${field} は ID の形式ではありません / \`${field}\` is not a valid id`, field);
  }
  if ((type === GraphQLString || type === GraphQLID) && UNSTORABLE.test(value)) {
    throw new BadInputError(`${field} に使えない文字（NUL または不正なサロゲート）が含まれています / \`${field}\` contains a character that cannot be stored (NUL or an unpaired surrogate)`, field);
  }
}

/**
 * Fields are named as the services name them: an input object's fields by their own path
 * (`input: { note }` is `note`), so that a form shows the error beside the same field.
 */
const within = (parent: string, name: string) => (parent ? `${parent}.${name}` : name);

/** Walks a variable's JSON value along its input type. */
function checkValue(type: GraphQLInputType, value: unknown, field: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(type.ofType, value, field);
  if (isListType(type)) {
    for (const item of Array.isArray(value) ? value : [value]) checkValue(type.ofType, item, field);
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return;
    const fields = type.getFields();
    for (const [name, item] of Object.entries(value)) if (fields[name]) checkValue(fields[name].type, item, within(field, name));
    return;
  }
  checkScalar(type, value, field);
}

/** Walks a literal of the document, and the variables it names, along the argument's type. */
function checkNode(type: GraphQLInputType, node: ValueNode, field: string, variables: Record<string, unknown>): void {
  if (node.kind === Kind.VARIABLE) return checkValue(type, variables[node.name.value], field);
  if (isNonNullType(type)) return checkNode(type.ofType, node, field, variables);
  if (isListType(type)) {
    for (const item of node.kind === Kind.LIST ? node.values : [node]) checkNode(type.ofType, item, field, variables);
    return;
  }
  if (isInputObjectType(type)) {
    if (node.kind !== Kind.OBJECT) return;
    const fields = type.getFields();
    for (const item of node.fields) {
      const f = fields[item.name.value];
      if (f) checkNode(f.type, item.value, within(field, item.name.value), variables);
    }
    return;
  }
  if (node.kind === Kind.STRING) checkScalar(type, node.value, field);
}

/**
 * Refuses a request whose ids are not UUIDs or whose text PostgreSQL cannot store, naming the
 * argument (`input.note`), so that neither reaches SQL as a cast error.
 */
export function checkOperationInput(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (argument) checkNode(argument.type, node.value, isInputObjectType(getNamedType(argument.type)) ? '' : argument.name, variables);
      },
    }),
  );
}

/** The guard on every operation over HTTP, once it is parsed and validated. */
export const inputGuardPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request }) {
        try {
          checkOperationInput(schema, document, request.variables ?? {});
        } catch (error) {
          if (error instanceof BadInputError) error.extensions.http = { status: 400 };
          throw error;
        }
      },
    };
  },
};
