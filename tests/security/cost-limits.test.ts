import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BUDGETS } from '../../server/src/graphql/cost-limits.js';
import { WHOLE_PLAN, YEAR_REVIEW } from '../api/plan-query.graphql.js';
import { liveClient } from '../support/live.js';
import type { ApiSession } from '../support/server.js';
import { startTarget, type Target } from '../support/target.js';

/**
 * Issue 9, rows 2, 3 and 14: operations that ask too much are refused before they run, in
 * milliseconds, with OPERATION_TOO_COSTLY naming the limit, its maximum and the figure; bodies the
 * server will not read are answered as GraphQL JSON; no answer quotes a long argument back. Each
 * attack is sent alongside a trivial query, which must answer well under a second.
 */
describe('operation cost limits and request bounds', () => {
  let target: Target;
  let planning: ApiSession;
  let strategyId: string;
  const ZERO_ID = '00000000-0000-4000-8000-000000000000';
  const anonymous = DEFAULT_BUDGETS.anonymous;
  const signedIn = DEFAULT_BUDGETS.signedIn;

  beforeAll(async () => {
    target = await startTarget();
    planning = target.session();
    expect((await planning.signIn('planning@example.jp')).errors).toBeUndefined();
    strategyId = (await planning.gql('{ strategies { id } }')).data.strategies[0].id;
  });
  afterAll(() => target?.stop());

  type Answer = { status: number; contentType: string | null; text: string; body: any; ms: number };

  /** One POST to /graphql as a browser-less attacker would send it: any body, any headers. */
  async function post(body: string, opts: { cookie?: string | null; headers?: Record<string, string> } = {}): Promise<Answer> {
    const started = performance.now();
    const res = await fetch(`${target.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers },
      body,
    });
    const text = await res.text();
    const ms = performance.now() - started;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, contentType: res.headers.get('content-type'), text, body: parsed, ms };
  }

  const operation = (query: string, variables?: Record<string, unknown>, cookie?: string | null) => post(JSON.stringify({ query, variables }), { cookie });

  /** Sends the attack with trivial queries alongside; returns its answer and the slowest trivial query. */
  async function alongside(attack: () => Promise<Answer>): Promise<{ answer: Answer; trivialMs: number }> {
    const [answer, ...trivial] = await Promise.all([attack(), target.alive(), target.alive(), target.alive()]);
    trivial.push(await target.alive());
    return { answer, trivialMs: Math.max(...trivial) };
  }

  function expectRefused(answer: Answer, limit: string, maximum: number) {
    expect(answer.status, answer.text.slice(0, 500)).toBe(400);
    expect(answer.contentType).toMatch(/^application\/(graphql-response\+)?json/);
    expect(answer.body.data).toBeUndefined();
    const [error] = answer.body.errors;
    expect(error.extensions).toMatchObject({ code: 'OPERATION_TOO_COSTLY', limit, maximum });
    expect(error.extensions.found).toBeGreaterThan(maximum);
    expect(error.message).toMatch(/ \/ /);
    return error.extensions as { found: number };
  }

  /** `{ strategies { goals { measures { goal { measures … } } } } }`, `pairs` goal/measures pairs deep. */
  const nested = (pairs: number) => `{ strategies { goals { measures {${' goal { measures {'.repeat(pairs - 1)} id${' } }'.repeat(pairs - 1)} } } } }`;

  it('row 2: refuses the 8-pair goals/measures nesting in milliseconds, signed out and in, and the process serves on', async () => {
    const before = await target.auditHead();
    const query = nested(8);
    expect(Buffer.byteLength(query)).toBeLessThan(256);

    const { answer, trivialMs } = await alongside(() => operation(query));
    expect(expectRefused(answer, 'depth', anonymous.depth).found).toBe(18);
    expect(answer.ms).toBeLessThan(500);
    expect(trivialMs).toBeLessThan(1000);

    const asPlanning = await operation(query, undefined, planning.cookie);
    expect(expectRefused(asPlanning, 'depth', signedIn.depth).found).toBe(18);
    expect(asPlanning.body.errors[0].extensions.budget).toBe('signedIn');

    // Within the depth limit, the lists still multiply: 3 pairs (depth 8) cost 222,110 > 100,000.
    const shallower = await operation(nested(3));
    expect(expectRefused(shallower, 'cost', anonymous.cost).found).toBe(222_110);
    console.log(`row 2: refused in ${answer.ms.toFixed(0)} ms (depth 18), trivial query alongside ${trivialMs.toFixed(0)} ms`);

    expect(await target.alive()).toBeLessThan(1000);
    expect(await target.auditHead()).toBe(before);
  });

  it('row 3: refuses hundreds of aliased reviewCycle summaries and boards, or of the plan with progress, before running any', async () => {
    const before = await target.auditHead();
    const cycles = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `c${i}: reviewCycle(id: "${ZERO_ID}") { summary { threads threadsByKind { label count } } board { department { name } } }`).join(' ')} }`;

    const { answer, trivialMs } = await alongside(() => operation(cycles(1000)));
    expectRefused(answer, 'bytes', anonymous.bytes);
    expect(answer.ms).toBeLessThan(500);
    expect(trivialMs).toBeLessThan(1000);

    // As compact as aliases get (one fragment, a variable): still too many tokens to read on.
    const compact = `query($i: ID!) { ${Array.from({ length: 500 }, (_, i) => `c${i}:reviewCycle(id:$i){...C}`).join(' ')} } fragment C on ReviewCycle { summary { threads } board { status } }`;
    const asPlanning = await alongside(() => operation(compact, { i: ZERO_ID }, planning.cookie));
    expectRefused(asPlanning.answer, 'tokens', signedIn.tokens);
    expect(asPlanning.answer.ms).toBeLessThan(500);
    expect(asPlanning.trivialMs).toBeLessThan(1000);

    // Few enough tokens, too many aliases: 11 signed in, 6 signed out.
    expect(expectRefused(await operation(cycles(signedIn.aliases + 1), undefined, planning.cookie), 'aliases', signedIn.aliases).found).toBe(11);
    expect(expectRefused(await operation(cycles(anonymous.aliases + 1)), 'aliases', anonymous.aliases).found).toBe(6);

    // The plan with progress, aliased within the alias limit: the cost refuses what the aliases allow.
    const plans = (n: number) => `query($id: ID!, $cycleId: ID!) { ${Array.from({ length: n }, (_, i) => `p${i}: strategy(id: $id) { ...P }`).join(' ')} } fragment P on Strategy { ${YEAR_REVIEW.slice(YEAR_REVIEW.indexOf('goals'), YEAR_REVIEW.lastIndexOf('}', YEAR_REVIEW.lastIndexOf('}') - 1))} }`;
    const aliasedPlans = await alongside(() => operation(plans(anonymous.aliases), { id: strategyId, cycleId: ZERO_ID }));
    expectRefused(aliasedPlans.answer, 'cost', anonymous.cost);
    expect(aliasedPlans.answer.ms).toBeLessThan(500);
    expect(aliasedPlans.trivialMs).toBeLessThan(1000);
    console.log(
      `row 3: 1,000 aliases refused in ${answer.ms.toFixed(0)} ms (bytes), 500 compact in ${asPlanning.answer.ms.toFixed(0)} ms (tokens), 5 aliased plans in ${aliasedPlans.answer.ms.toFixed(0)} ms (cost ${aliasedPlans.answer.body.errors[0].extensions.found}); trivial query alongside at most ${Math.max(trivialMs, asPlanning.trivialMs, aliasedPlans.trivialMs).toFixed(0)} ms`,
    );

    expect(await target.alive()).toBeLessThan(1000);
    expect(await target.auditHead()).toBe(before);
  });

  it('still serves a signed-out visitor the whole plan, and the plan with progress', async () => {
    const withProgress = YEAR_REVIEW.replace('$cycleId: ID!', '').replace('report(cycleId: $cycleId) { whatWasDone selfGrade updatedByUser { displayName } }', '').replace(', )', ')');
    for (const query of [WHOLE_PLAN, withProgress]) {
      const res = await operation(query, { id: strategyId });
      expect(res.status, res.text.slice(0, 500)).toBe(200);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.strategy.goals).toHaveLength(4);
    }
  });

  it('row 14: a subscription over HTTP gets BAD_REQUEST pointing to the WebSocket', async () => {
    const { answer, trivialMs } = await alongside(() => operation(`subscription($c: ID!) { activity(cycleId: $c) { seq } }`, { c: ZERO_ID }, planning.cookie));
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(answer.body.errors[0].message).toMatch(/WebSocket/);
    expect(trivialMs).toBeLessThan(1000);
  });

  it('row 14: a 5 MB body gets 413 PAYLOAD_TOO_LARGE as GraphQL JSON; malformed JSON and other content types get BAD_REQUEST as JSON', async () => {
    const { answer, trivialMs } = await alongside(() => post(JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(5 * 1024 * 1024) } })));
    expect(answer.status).toBe(413);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.body.errors[0]).toMatchObject({ message: expect.stringMatching(/ \/ /), extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 1024 * 1024 } });
    expect(answer.body.errors[0].extensions.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(trivialMs).toBeLessThan(1000);

    for (const [body, headers] of [
      ['{"query": "{ __typename }"', {}],
      ['{"query": "{ __typename }"}', { 'content-type': 'text/plain' }],
      ['{"query": "{ __typename }"}', { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' }],
      ['query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded', 'apollo-require-preflight': 'true' }],
    ] as const) {
      const res = await post(body, { headers });
      expect(res.status, `${JSON.stringify(headers)}: ${res.text.slice(0, 300)}`).toBe(400);
      expect(res.contentType).toMatch(/^application\/json/);
      expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(res.text).not.toMatch(/<html|<pre/i);
    }
    expect(await target.alive()).toBeLessThan(1000);
  });

  it('row 14: a 900 kB id or variable is never quoted back, in the document or in variables', async () => {
    const huge = 'a'.repeat(900_000);
    const answers = await Promise.all([
      // In the document: more bytes than an operation may have.
      operation(`{ reviewCycle(id: "${huge}") { id } }`),
      // As an ID variable: not a UUID (the input guard).
      operation('query($id: ID!) { reviewCycle(id: $id) { id } }', { id: huge }),
      // As a variable of the wrong type: graphql-js would quote it in full ("got invalid value").
      operation('query($n: Int!) { auditLog(first: $n) { id } }', { n: huge }, planning.cookie),
      // A string where an object is expected: class-validator's and graphql-js's messages alike.
      operation('mutation($input: StartThreadInput!) { startThread(input: $input) { id } }', { input: huge }, planning.cookie),
    ]);
    for (const answer of answers) {
      expect(answer.status, answer.text.slice(0, 300)).toBe(400);
      expect(answer.text.length, answer.text.slice(0, 300)).toBeLessThan(2_000);
      expect(answer.body.errors[0].extensions.code).toMatch(/^(OPERATION_TOO_COSTLY|BAD_USER_INPUT)$/);
    }
    expect(answers[0].body.errors[0].extensions).toMatchObject({ limit: 'bytes', maximum: anonymous.bytes });
    expect(await target.alive()).toBeLessThan(1000);
  });

  it('applies the same limits to subscriptions over the WebSocket', async () => {
    const client = liveClient(target.url, planning.cookie);
    try {
      const aliased = `subscription { ${Array.from({ length: anonymous.aliases + 1 }, (_, i) => `a${i}: activity(cycleId: "${ZERO_ID}") { seq }`).join(' ')} }`;
      const errors = await new Promise<any[]>((resolve, reject) => {
        client.subscribe({ query: aliased }, { next: () => reject(new Error('the subscription ran')), error: (e) => resolve(e as any[]), complete: () => reject(new Error('completed without an error')) });
      });
      expect(errors[0].extensions).toMatchObject({ code: 'OPERATION_TOO_COSTLY', limit: 'aliases', maximum: anonymous.aliases, found: anonymous.aliases + 1 });
      expect(errors[0].extensions.http).toBeUndefined();
    } finally {
      await client.dispose();
    }
    expect(await target.alive()).toBeLessThan(1000);
  });
});
