import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlanFile } from '../../server/src/modules/plan-import/plan-import.js';
import { plans, startTestServer, type ApiSession, type GraphQLResponse, type TestServer } from '../support/server.js';

const ok = <T>(res: GraphQLResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};

const NEW_MEASURE = `      - code: "1-2"
        title: 事業承継の支援
        policies:
          - ordinal: 1
            title: 後継者の確保
            bullets: [事業承継を支援します。]
        kpiGroups:
          - no: 1
            item: 後継者の確保
            policy: 1
            departments: [産業課]
            kpis:
              - key: 1-2-1
                name: 事業承継の件数
                unit: 件
                target: { kind: CUMULATIVE, value: 10, text: 延べ 10 件 }
                baseline: { value: 1, label: R5年度, text: 1 件/年 }
        projects:
          - name: 事業承継支援事業
            departments: [産業課]
`;

const NEW_KGI = `      - key: G1b
        name: 町内の事業所数
        unit: 事業所
        departments: [産業課]
        target: { kind: LEVEL, value: 500, text: 500 事業所 }
        baseline: { value: 480, label: R5年度, text: 480 事業所 }
`;

/**
 * Re-importing a plan file proposes whatever a revision can carry: a new measure with its policy,
 * KPI and project, a new KGI, a KPI's departments and its 【再掲】 elsewhere; adopted, the plan has them.
 */
describe('a re-imported plan file proposes additions, departments and listings', () => {
  let server: TestServer;
  let planning: ApiSession;
  let file: string;

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa, plans.smallCity], users: true });
    planning = server.session();
    await planning.signIn('planning@example.jp');
    const source = await fs.readFile(plans.smallCity, 'utf8');
    const edited = source
      .replace('  - number: 2\n', `${NEW_MEASURE}  - number: 2\n`)
      .replace('        baseline: { value: 100, label: R5年度, text: 100 億円 }\n', `        baseline: { value: 100, label: R5年度, text: 100 億円 }\n${NEW_KGI}`)
      .replace('            item: 脱炭素\n            departments: [環境課]', '            item: 脱炭素\n            departments: [環境課, 産業課]')
      .replace('              - relist: 1-1-1\n', '');
    expect(edited).not.toBe(source);
    file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'kaizen-import-')), 'sample-town-r8.yaml');
    await fs.writeFile(file, edited);
  });
  afterAll(() => server?.stop());

  it('drafts every difference, none left to do by hand, and adopting it writes them', async () => {
    const { proposal, strategyId } = await importPlanFile(server.db.dataSource, file);
    expect(proposal).toMatchObject({ changes: 7, notProposed: [] });
    const { planRevision } = ok(await planning.gql(`query($id: ID!) { planRevision(id: $id) { version changes { subjectType action field subject beforeText afterText } } }`, { id: proposal!.revisionId }));
    expect(planRevision.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subjectType: 'MEASURE', action: 'ADD', subject: '施策 1-2 事業承継の支援' }),
        expect.objectContaining({ subjectType: 'POLICY', action: 'ADD', subject: '具体的な施策 後継者の確保' }),
        expect.objectContaining({ subjectType: 'PROJECT', action: 'ADD', subject: '主な事業 事業承継支援事業' }),
        expect.objectContaining({ subjectType: 'INDICATOR', action: 'ADD', subject: '1-2-1 事業承継の件数' }),
        expect.objectContaining({ subjectType: 'INDICATOR', action: 'ADD', subject: 'G1b 町内の事業所数' }),
        expect.objectContaining({ field: 'departments', subject: '2-1-1 CO2排出量', beforeText: '環境課', afterText: '環境課・産業課' }),
        expect.objectContaining({ field: 'listings', subject: '1-1-1 創業者数', beforeText: '施策 1-1、施策 2-1【再掲】', afterText: '施策 1-1' }),
      ]),
    );

    ok(await planning.gql(`mutation($id: ID!, $v: Int!) { adoptPlanRevision(id: $id, expectedVersion: $v) { id } }`, { id: proposal!.revisionId, v: planRevision.version }));
    const { strategy } = ok(
      await planning.gql(`query($s: ID!) { strategy(id: $s) { goals { number kgis { key } measures { code policies { title } projects { name } indicators { key relisted departments { name } } } } } }`, { s: strategyId }),
    );
    const goal1 = strategy.goals.find((g: { number: number }) => g.number === 1);
    expect(goal1.kgis.map((k: { key: string }) => k.key)).toEqual(['G1', 'G1b']);
    expect(goal1.measures.find((m: { code: string }) => m.code === '1-2')).toEqual({
      code: '1-2',
      policies: [{ title: '後継者の確保' }],
      projects: [{ name: '事業承継支援事業' }],
      indicators: [{ key: '1-2-1', relisted: false, departments: [{ name: '産業課' }] }],
    });
    const m21 = strategy.goals.find((g: { number: number }) => g.number === 2).measures[0];
    expect(m21.indicators).toEqual([{ key: '2-1-1', relisted: false, departments: [{ name: '環境課' }, { name: '産業課' }] }]);
    // The file, imported again, now says what the plan says.
    expect((await importPlanFile(server.db.dataSource, file)).proposal).toEqual({ revisionId: null, changes: 0, notProposed: [] });
  });
});
