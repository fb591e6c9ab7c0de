import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plans, startTestServer, type TestServer } from '../support/server.js';

/**
 * Many requests at once, each with its own parameters: every one gets its own rows, on the
 * embedded database too, where all of them share PGlite's one session.
 */
describe('concurrent requests', () => {
  let server: TestServer;
  let indicators: { id: string; name: string; goal: string }[];

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa] });
    const { data } = await server.gql(`{ strategies { goals { title measures { indicators { id name } } } } }`);
    indicators = data.strategies[0].goals.flatMap((g: any) => g.measures.flatMap((m: any) => m.indicators.map((i: any) => ({ ...i, goal: g.title }))));
  });
  afterAll(() => server?.stop());

  it('answers each of 3 × 47 simultaneous queries with its own indicator', async () => {
    const Q = `query($id: ID!) { indicator(id: $id) { id name goal { title strategy { id } } } }`;
    const asked = [...indicators, ...indicators, ...indicators];
    const answers = await Promise.all(asked.map((i) => server.gql(Q, { id: i.id })));
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    expect(answers.map((a) => [a.data.indicator.id, a.data.indicator.name])).toEqual(asked.map((i) => [i.id, i.name]));
    expect(new Set(answers.map((a) => a.data.indicator.goal.strategy.id)).size).toBe(1);
  });
});
