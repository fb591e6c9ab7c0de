import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLObjectType } from 'graphql';
import { createSchema } from '../../server/src/graphql/schema.js';
import { slotRequests, type SlotRequest } from '../support/argument-slots.js';
import { CREATE_ACTION, openCycleAt } from '../support/review-ops.js';
import { plans, type ApiSession } from '../support/server.js';
import { startTarget, type Target } from '../support/target.js';

/**
 * Issue 9, rows 11, 12 and 15: ids that are not UUIDs and text PostgreSQL cannot store, sent to
 * every argument of every query and mutation, signed out and signed in, get BAD_USER_INPUT naming
 * the argument, never INTERNAL_SERVER_ERROR or a stack trace; an action's owner is a department of
 * the plan's own municipality.
 */
describe('bad input at the edge', () => {
  let target: Target;
  let planning: ApiSession;
  let roots: { query: GraphQLObjectType; mutation: GraphQLObjectType };

  beforeAll(async () => {
    target = await startTarget({ plans: [plans.yonezawa, plans.smallCity] });
    planning = target.session();
    await planning.signIn('planning@example.jp');
    const schema = await createSchema();
    roots = { query: schema.getQueryType()!, mutation: schema.getMutationType()! };
  });
  afterAll(() => target?.stop());

  /** Sends each request as both callers, a few at a time; returns what did not answer BAD_USER_INPUT on the slot. */
  async function misses(requests: SlotRequest[]): Promise<string[]> {
    const anonymous = target.session();
    const wrong: string[] = [];
    for (let i = 0; i < requests.length; i += 8) {
      await Promise.all(
        requests.slice(i, i + 8).flatMap((r) =>
          [anonymous, planning].map(async (caller) => {
            const res = await caller.gql(r.query, r.variables);
            const error = res.errors?.[0];
            if (error?.extensions?.code !== 'BAD_USER_INPUT' || error.extensions.field !== r.path || res.data?.[r.field]) {
              wrong.push(`${r.field}(${r.path}) as ${caller === planning ? 'PLANNING' : 'anonymous'}: ${JSON.stringify(res).slice(0, 300)}`);
            }
          }),
        ),
      );
    }
    return wrong;
  }

  it('refuses an id that is not a UUID in every ID argument, naming it, without echoing it', async () => {
    const before = await target.auditHead();
    const long = 'x'.repeat(200_000);
    const requests = slotRequests(roots, ['ID'], 'not-a-uuid');
    // Every operation the issue found failing is among them.
    const fields = new Set(requests.map((r) => r.field));
    for (const f of ['actuals', 'measureReports', 'reviewThreads', 'reviewCycles', 'saveActual', 'submitActual', 'moveReviewCycle', 'startThread', 'reviewCycle', 'strategy', 'indicator', 'measure']) {
      expect(fields, f).toContain(f);
    }
    expect(requests.length).toBeGreaterThan(40);
    expect(await misses(requests)).toEqual([]);

    const [reviewCycle] = slotRequests(roots, ['ID'], long).filter((r) => r.field === 'reviewCycle');
    const res = await fetch(`${target.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: reviewCycle.query, variables: reviewCycle.variables }) });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text.length).toBeLessThan(2000);
    expect(JSON.parse(text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    expect(await target.alive()).toBeLessThan(1000);
    expect(await target.auditHead()).toBe(before);
  });

  it.each([
    ['NUL', 'before\u0000after'],
    ['a lone high surrogate', 'before\uD800after'],
    ['a lone low surrogate', '\uDC00'],
  ])('refuses %s in every text argument (sign-in e-mail, notes, replies, reports, names), naming it', async (_what, attack) => {
    const before = await target.auditHead();
    const requests = slotRequests(roots, ['String'], attack);
    const fields = new Set(requests.map((r) => r.field));
    for (const f of ['signIn', 'saveActual', 'replyToThread', 'startThread', 'saveMeasureReport', 'inviteUser']) expect(fields, f).toContain(f);
    expect(await misses(requests)).toEqual([]);
    expect(await target.alive()).toBeLessThan(1000);
    expect(await target.auditHead()).toBe(before);
  });

  it('refuses the same text written into the document itself, not only in variables', async () => {
    const res = await target.session().gql(`mutation { signIn(email: "a\\u0000@example.jp", password: "x") { id } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const byId = await target.session().gql(`{ reviewCycle(id: "1; DROP TABLE app_user") { id } }`);
    expect(byId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('logged none of it as an unexpected error', () => {
    expect(target.process.output()).not.toMatch(/Unexpected error|invalid input syntax|at .*\.ts:\d+/);
  });

  it("refuses an improvement action owned by another municipality's department", async () => {
    const { data } = await planning.gql(`{ strategies { id municipality departments { id } goals { measures { id } } } }`);
    const yonezawa = data.strategies.find((s: { municipality: string }) => s.municipality.includes('米沢'));
    const other = data.strategies.find((s: { id: string }) => s.id !== yonezawa.id);
    const [foreign] = other.departments;
    const [home] = yonezawa.departments;
    const cycle = await openCycleAt(planning, yonezawa.id, 2024, 'REVIEWING');
    const measureId = yonezawa.goals[0].measures[0].id;
    const input = { cycleId: cycle.id, measureId, description: '窓口の周知を強化する', dueFiscalYear: 2025 };

    const before = await target.auditHead();
    const refused = await planning.gql(CREATE_ACTION, { input: { ...input, ownerDepartmentId: foreign.id } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerDepartmentId' });
    expect(refused.data).toBeNull();
    expect(await target.auditHead()).toBe(before);

    const accepted = await planning.gql(CREATE_ACTION, { input: { ...input, ownerDepartmentId: home.id } });
    expect(accepted.errors).toBeUndefined();
  });
});
