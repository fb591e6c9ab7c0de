import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, getNamedType, getNullableType, isCompositeType, isListType, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
// The CommonJS build: its ES build imports graphql's .mjs files, another copy of graphql than the server's.
import { createComplexityRule, type ComplexityEstimator } from 'graphql-query-complexity/cjs';
import { LRUCache } from 'lru-cache';
import { ConfigError } from '../config.js';

/**
 * Operation cost limits: what one GraphQL operation may ask before anything parses it fully,
 * validates it (graphql-js's overlapping-fields rule is quadratic in aliases) or executes it.
 * The libraries measure (graphql-armor: tokens, depth, aliases, directives; graphql-query-complexity:
 * cost); this file only compares their figures with the caller's budget, so that every refusal
 * names its limit, the maximum and the figure.
 */
export const LIMITS = ['bytes', 'tokens', 'depth', 'aliases', 'directives', 'cost'] as const;
export type Limit = (typeof LIMITS)[number];
export type Budget = Record<Limit, number>;
export type Figures = Record<Limit, number>;
export type Budgets = { anonymous: Budget; signedIn: Budget };

export const OPERATION_TOO_COSTLY = 'OPERATION_TOO_COSTLY';

/**
 * A list is assumed to hold this many items unless its `first` argument says otherwise, so the
 * cost is the number of fields the answer would hold were every list this long: the plan's
 * goals × measures × KPIs × actuals multiply, as they do in the answer.
 */
export const ASSUMED_LIST_SIZE = 10;

/**
 * Defaults, chosen from the web client's own operations (tests/api/client-operations-budget.test.ts
 * prints their figures): each of them uses at most 60% of every signed-in limit (the council's goal
 * review costs 250,010); the anonymous budget holds the public pages and one read of the whole plan
 * (72,364) or of the plan with progress (39,051), not two or more of them aliased in one request.
 */
export const DEFAULT_BUDGETS: Budgets = {
  anonymous: { bytes: 8_000, tokens: 1_000, depth: 8, aliases: 5, directives: 10, cost: 100_000 },
  signedIn: { bytes: 16_000, tokens: 2_000, depth: 10, aliases: 10, directives: 20, cost: 500_000 },
};

const ENV_NAMES: Record<Limit, string> = {
  bytes: 'GRAPHQL_MAX_BYTES',
  tokens: 'GRAPHQL_MAX_TOKENS',
  depth: 'GRAPHQL_MAX_DEPTH',
  aliases: 'GRAPHQL_MAX_ALIASES',
  directives: 'GRAPHQL_MAX_DIRECTIVES',
  cost: 'GRAPHQL_MAX_COST',
};

/** `GRAPHQL_MAX_<LIMIT>` sets the signed-in budget, `GRAPHQL_MAX_<LIMIT>_ANONYMOUS` the signed-out one. */
export function envName(limit: Limit, who: keyof Budgets): string {
  return who === 'anonymous' ? `${ENV_NAMES[limit]}_ANONYMOUS` : ENV_NAMES[limit];
}

export function budgetsFromEnv(env: NodeJS.ProcessEnv = process.env): Budgets {
  const read = (who: keyof Budgets): Budget => {
    const budget = { ...DEFAULT_BUDGETS[who] };
    for (const limit of LIMITS) {
      const name = envName(limit, who);
      const raw = env[name];
      if (raw === undefined || raw === '') continue;
      const value = Number(raw);
      if (!Number.isSafeInteger(value) || value < 1) throw new ConfigError(`${name} must be a positive integer, got "${raw.slice(0, 40)}"`);
      budget[limit] = value;
    }
    return budget;
  };
  return { anonymous: read('anonymous'), signedIn: read('signedIn') };
}

/** Each field costs 1 plus its children; a list of objects multiplies that by its length. */
const listMultiplies: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const own = 1 + childComplexity;
  if (!isListType(getNullableType(field.type)) || !isCompositeType(getNamedType(field.type))) return own;
  const first = args.first;
  return (typeof first === 'number' && first >= 0 ? first : ASSUMED_LIST_SIZE) * own;
};

/**
 * Fields, fragments and inline fragments the cost analysis visits at most: past that (a fragment
 * spread many times over) the operation is refused without its full figure.
 */
const MAX_COST_NODES = 20_000;

/** Counted with armor's rules given no maximum: each reports its figure per operation. */
function counted(rule: (options: object) => ValidationRule, onFigure: (n: number) => void, options: object = {}): ValidationRule {
  return rule({ ...options, n: Infinity, propagateOnRejection: false, onAccept: [(_ctx: unknown, { n }: { n: number }) => onFigure(n)] });
}

export type Measured = { figures: Figures; document: DocumentNode } | { figures: Partial<Figures>; document?: undefined; syntaxError?: GraphQLError };

/**
 * The operation's figures. Stops at the first figure over `cap` (the larger budget), so an
 * oversized document is never parsed and an oversized one is never walked further.
 * A document that does not parse gets no figures past `tokens`: Apollo reports its syntax error.
 */
export function measure(schema: GraphQLSchema, request: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null }, cap: Budget): Measured {
  const bytes = Buffer.byteLength(request.query, 'utf8');
  if (bytes > cap.bytes) return { figures: { bytes } };
  const parser = new MaxTokensParserWLexer(request.query, { n: Infinity });
  let document: DocumentNode;
  try {
    document = parser.parseDocument();
  } catch (error) {
    return { figures: { bytes, tokens: parser.tokenCount }, syntaxError: error instanceof GraphQLError ? error : undefined };
  }
  const figures: Figures = { bytes, tokens: parser.tokenCount, depth: 0, aliases: 0, directives: 0, cost: 0 };
  if (figures.tokens > cap.tokens) return { figures: { bytes, tokens: figures.tokens } };
  const most = (limit: 'depth' | 'aliases' | 'directives') => (n: number) => (figures[limit] = Math.max(figures[limit], n));
  const rules: ValidationRule[] = [
    counted(maxDepthRule as never, most('depth'), { flattenFragments: true }),
    counted(maxAliasesRule as never, most('aliases')),
    counted(maxDirectivesRule as never, most('directives')),
    createComplexityRule({
      maximumComplexity: Infinity,
      estimators: [listMultiplies],
      variables: request.variables ?? {},
      operationName: request.operationName ?? undefined,
      maxQueryNodes: MAX_COST_NODES,
      onComplete: (cost: number) => (figures.cost = cost),
    }),
  ];
  try {
    // Errors these rules report (variables that do not coerce) are left to Apollo's own validation and execution.
    validate(schema, document, rules);
  } catch {
    // graphql-query-complexity throws once it has visited MAX_COST_NODES.
    figures.cost = Infinity;
  }
  return { figures, document };
}

export type Over = { limit: Limit; maximum: number; found: number };

/** The first limit the figures pass, in the order they are measured. */
export function overBudget(figures: Partial<Figures>, budget: Budget): Over | null {
  for (const limit of LIMITS) {
    const found = figures[limit];
    if (found !== undefined && found > budget[limit]) return { limit, maximum: budget[limit], found };
  }
  return null;
}

const WHAT: Record<Limit, { ja: string; en: string }> = {
  bytes: { ja: '文書の大きさ（バイト）', en: 'document size in bytes' },
  tokens: { ja: 'トークン数', en: 'tokens' },
  depth: { ja: '入れ子の深さ', en: 'depth' },
  aliases: { ja: '別名の数', en: 'aliases' },
  directives: { ja: 'ディレクティブの数', en: 'directives' },
  cost: { ja: '推定コスト', en: 'estimated cost' },
};

export class OperationTooCostlyError extends GraphQLError {
  /** `http`: answered over HTTP, with status 400 (Apollo's default for a refusal before execution is 500). */
  constructor(
    readonly over: Over,
    signedIn: boolean,
    http = false,
  ) {
    const what = WHAT[over.limit];
    const found = Number.isFinite(over.found) ? String(over.found) : `> ${MAX_COST_NODES} nodes`;
    const hint = signedIn ? { ja: '', en: '' } : { ja: '（サインインすると上限が上がります）', en: ' (signed-in users have a higher limit)' };
    super(
      `問い合わせが大きすぎるため実行しませんでした：${what.ja} ${found}、上限 ${over.maximum}${hint.ja} / The operation was not run, it asks too much: ${what.en} ${found}, at most ${over.maximum}${hint.en}`,
      {
        extensions: {
          code: OPERATION_TOO_COSTLY,
          limit: over.limit,
          maximum: over.maximum,
          found: Number.isFinite(over.found) ? over.found : null,
          budget: signedIn ? 'signedIn' : 'anonymous',
          ...(http ? { http: { status: 400 } } : {}),
        },
      },
    );
  }
}

/**
 * The figures of operations already measured: a page sends the same few documents again and again
 * (polls, refetches on live events), so each is parsed and walked once. Keyed with the variables,
 * since `first` changes the cost; long variable sets are measured every time rather than kept.
 */
const MEASURED_KEPT = 1000;
const MAX_KEY_LENGTH = 20_000;

export class CostLimits {
  private readonly cap: Budget;
  private readonly measured = new LRUCache<string, Partial<Figures>>({ max: MEASURED_KEPT });

  constructor(
    private readonly schema: GraphQLSchema,
    readonly budgets: Budgets,
  ) {
    this.cap = Object.fromEntries(LIMITS.map((l) => [l, Math.max(budgets.anonymous[l], budgets.signedIn[l])])) as Budget;
  }

  /** The refusal of an operation over the caller's budget, or null when it may go on. */
  check(request: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null }, signedIn: boolean, http = false): OperationTooCostlyError | null {
    const budget = signedIn ? this.budgets.signedIn : this.budgets.anonymous;
    const over = overBudget(this.figures(request), budget);
    return over ? new OperationTooCostlyError(over, signedIn, http) : null;
  }

  private figures(request: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null }): Partial<Figures> {
    const key = request.query.length <= MAX_KEY_LENGTH ? `${request.operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}\n${request.query}` : undefined;
    if (key === undefined || key.length > MAX_KEY_LENGTH) return measure(this.schema, request, this.cap).figures;
    let figures = this.measured.get(key);
    if (!figures) this.measured.set(key, (figures = measure(this.schema, request, this.cap).figures));
    return figures;
  }

  /**
   * Admits an HTTP request's operation, or throws its refusal (HTTP 400). Called as its context is
   * made, since that is where the viewer is known: before Apollo parses or validates the document.
   * (Apollo answers a GraphQLError thrown there as it is; thrown from a plugin's early hooks it
   * becomes INTERNAL_SERVER_ERROR.)
   */
  admit<C extends { viewer: unknown }>(req: { method: string; body?: unknown; query?: unknown }, context: C): C {
    const request = graphqlRequestOf(req);
    const refusal = request && this.check(request, context.viewer != null, true);
    if (refusal) throw refusal;
    return context;
  }

  /** Refuses a subscription over HTTP with a typed error, once Apollo has found the operation. */
  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ operation }) => {
          if (operation?.operation === 'subscription') throw new SubscriptionOverHttpError();
        },
      }),
    };
  }
}

/** The operation of a POST's JSON body or a GET's query string; undefined when there is none (Apollo says why). */
function graphqlRequestOf(req: { method: string; body?: unknown; query?: unknown }): { query: string; operationName?: string; variables?: Record<string, unknown> } | undefined {
  const fields = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
  if (!fields || typeof fields.query !== 'string') return undefined;
  let variables = fields.variables;
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      variables = undefined;
    }
  }
  return {
    query: fields.query,
    operationName: typeof fields.operationName === 'string' ? fields.operationName : undefined,
    variables: variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : undefined,
  };
}

/** Subscriptions are served by graphql-ws on the same path; over HTTP they have no transport. */
export class SubscriptionOverHttpError extends GraphQLError {
  constructor() {
    super('購読（subscription）は WebSocket（graphql-ws、/graphql）で送ってください / Subscriptions travel over the WebSocket (graphql-ws on /graphql), not HTTP', {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
  }
}
