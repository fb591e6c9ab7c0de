import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOVE_CYCLE, OPEN_CYCLE } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

/**
 * The review pages read their cycle's strategy (ReviewCycle.strategy) and the header the cycles
 * under review (reviewCyclesIn) instead of every strategy (issue 10): with two cities in the
 * database, each answer holds only what was asked for, and both stay signed-in only.
 */
describe('a cycle’s strategy and the cycles under review', () => {
  let server: TestServer;
  let planning: ApiSession;
  let council: ApiSession;
  const strategyIds: Record<string, string> = {};
  const cycles: Record<string, { id: string; version: number }> = {};

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa, plans.smallCity], users: true });
    planning = server.session();
    council = server.session();
    await planning.signIn('planning@example.jp');
    await council.signIn('council@example.jp');
    const { data } = await server.gql(`{ strategies { id municipality } }`);
    expect(data.strategies).toHaveLength(2);
    for (const s of data.strategies) strategyIds[s.municipality] = s.id;
    // FY2025 lies in both plans' periods (Yonezawa FY2024–2027, the small city FY2025–2029).
    for (const [city, strategyId] of Object.entries(strategyIds)) {
      const opened = await planning.gql(OPEN_CYCLE, { strategyId, fiscalYear: 2025 });
      expect(opened.errors).toBeUndefined();
      cycles[city] = opened.data.openReviewCycle;
    }
    // One city's cycle goes on to the council's review; the other's stays in preparation.
    const [reviewed] = Object.keys(strategyIds);
    for (const to of ['COLLECTING', 'REVIEWING']) {
      const moved = await planning.gql(MOVE_CYCLE, { id: cycles[reviewed].id, to, v: cycles[reviewed].version });
      expect(moved.errors).toBeUndefined();
      cycles[reviewed] = moved.data.moveReviewCycle;
    }
  });
  afterAll(() => server?.stop());

  it('answers each cycle with the strategy it reviews, batched in one request', async () => {
    const [a, b] = Object.keys(strategyIds);
    const res = await council.gql(
      `query($a: ID!, $b: ID!) { a: reviewCycle(id: $a) { strategy { id municipality } } b: reviewCycle(id: $b) { strategy { id municipality } } }`,
      { a: cycles[a].id, b: cycles[b].id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.a.strategy).toEqual({ id: strategyIds[a], municipality: a });
    expect(res.data.b.strategy).toEqual({ id: strategyIds[b], municipality: b });
  });

  it('lists the cycles standing in the given states, of any strategy, and nothing else', async () => {
    const [reviewed, preparing] = Object.keys(strategyIds);
    const open = await council.gql(`{ reviewCyclesIn(states: [REVIEWING, RESPONDING]) { id state strategy { id } } }`);
    expect(open.errors).toBeUndefined();
    expect(open.data.reviewCyclesIn).toEqual([{ id: cycles[reviewed].id, state: 'REVIEWING', strategy: { id: strategyIds[reviewed] } }]);
    const both = await council.gql(`{ reviewCyclesIn(states: [PREPARING, REVIEWING]) { id } }`);
    expect(both.data.reviewCyclesIn.map((c: { id: string }) => c.id).sort()).toEqual([cycles[reviewed].id, cycles[preparing].id].sort());
  });

  it('is refused signed out, as every field of a cycle', async () => {
    const [reviewed] = Object.keys(strategyIds);
    const one = await server.gql(`query($id: ID!) { reviewCycle(id: $id) { strategy { id } } }`, { id: cycles[reviewed].id });
    expect(one.data ?? null).toBeNull();
    expect(one.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const list = await server.gql(`{ reviewCyclesIn(states: [REVIEWING]) { id } }`);
    expect(list.data ?? null).toBeNull();
    expect(list.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
