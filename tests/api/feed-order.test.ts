import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follow, liveClient } from '../support/live.js';
import { SAVE_ACTUAL, openCycleAt } from '../support/review-ops.js';
import { sampleSessions, startTestServer, type ApiSession, type TestServer } from '../support/server.js';
import { plans } from '../support/server.js';

/**
 * Many writers in one cycle at once (the feed's order is given at commit, not by a lock held over
 * the whole write): a subscriber gets every entry, in seq order, and a reader that has seen up to
 * seq N never later finds a smaller seq committed.
 */
describe('the live feed under concurrent writers in one cycle', () => {
  let server: TestServer;
  let s: Record<string, ApiSession>;
  let cycleId: string;
  const writers: { indicatorId: string; session: ApiSession; version: number | null }[] = [];
  const clients: Client[] = [];
  const byDepartment: Record<string, string> = { 商工課: 'shoko', 環境課: 'kankyo', 観光課: 'kanko', 地域振興課: 'chiiki' };

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    s = await sampleSessions(server, ['planning', 'shoko', 'kankyo', 'kanko', 'chiiki']);
    const { data } = await s.planning.gql(`{ strategies { id goals { kgis { id departments { name } } measures { indicators { id departments { name } } } } } }`);
    const indicators = data.strategies[0].goals.flatMap((g: any) => [...g.kgis, ...g.measures.flatMap((m: any) => m.indicators)]);
    for (const i of new Map(indicators.map((i: any) => [i.id, i])).values() as Iterable<{ id: string; departments: { name: string }[] }>) {
      const who = i.departments.length === 0 ? 'planning' : i.departments.map((d) => byDepartment[d.name]).find(Boolean);
      if (who) writers.push({ indicatorId: i.id, session: s[who], version: null });
    }
    cycleId = (await openCycleAt(s.planning, data.strategies[0].id, 2024, 'COLLECTING')).id;
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await server?.stop();
  });

  const seqs = async (): Promise<number[]> =>
    (await server.db.dataSource.query<{ s: string }[]>(`SELECT seq::text AS s FROM audit_entry WHERE cycle_id = $1 ORDER BY seq`, [cycleId])).map((r) => Number(r.s));

  it('delivers every entry once, in seq order, and no smaller seq commits after a larger one was seen', async () => {
    expect(writers.length).toBeGreaterThanOrEqual(10);
    const client = liveClient(server.app.url, s.planning.cookie);
    clients.push(client);
    const start = String(Math.max(0, ...(await seqs())));
    const feed = follow(client, { cycleId, after: start });

    // While the writes run, a reader keeps taking what has committed.
    let writing = true;
    const seen: number[][] = [];
    const reader = (async () => {
      while (writing) seen.push(await seqs());
    })();
    const rounds = 3;
    for (let round = 0; round < rounds; round += 1) {
      await Promise.all(
        writers.map(async (w, n) => {
          const res = await w.session.gql(SAVE_ACTUAL, { input: { cycleId, indicatorId: w.indicatorId, value: String(round * 100 + n), expectedVersion: w.version } });
          expect(res.errors).toBeUndefined();
          w.version = res.data.saveActual.version;
        }),
      );
    }
    writing = false;
    await reader;

    const committed = await seqs();
    const after = committed.filter((q) => q > Number(start));
    expect(after).toHaveLength(rounds * writers.length);
    // Whatever a reader saw up to its largest seq is all there will ever be up to that seq.
    expect(seen.length).toBeGreaterThan(1);
    for (const snapshot of seen) {
      const top = Math.max(0, ...snapshot);
      expect(committed.filter((q) => q <= top)).toEqual(snapshot);
    }

    await feed.until(() => feed.events().length >= after.length, 15_000);
    const delivered = feed.events().map((e) => Number(e.seq));
    expect(delivered).toEqual(after);
    expect(feed.events().every((e) => e.action === 'actual.save')).toBe(true);
  });
});
