import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlanFile } from '../../server/src/modules/plan-import/plan-import.js';
import { closeFY2024, type ClosedYear } from '../support/closed-year.js';
import { parseCsv } from '../support/csv.js';
import { openCycleAt, SAVE_ACTUAL } from '../support/review-ops.js';
import { plans, sampleSessions, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

const FIGURES = `
  query ($id: ID!, $c: ID!) {
    strategy(id: $id) {
      goals { number kgis { ...F } measures { code indicators { ...F } } }
    }
  }
  fragment F on Indicator {
    id name relisted
    baseline { value text }
    target { value text fiscalYear }
    actuals(cycleId: $c) { fiscalYear value }
    progress(fiscalYear: 2024) { rate grade pathTarget notGraded }
  }`;

type Row = Record<string, unknown>;
const keyOf = (r: { goal: unknown; measure: unknown; name: unknown }) => `${r.goal}/${r.measure ?? ''}/${r.name}`;

/** Rows of a sheet by its header (the second row; the first is the title), as SheetJS reads them. */
function sheetRows(book: XLSX.WorkBook, name: string): Row[] {
  const [header, ...rows] = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name], { header: 1, range: 1, defval: null });
  return rows.map((r) => Object.fromEntries((header as string[]).map((h, k) => [h, r[k]])));
}

/**
 * Issue 14, part 3: the 効果検証シート of a closed cycle, as an Excel workbook and a CSV, read with a
 * library that did not write them (SheetJS; we write with exceljs), equal the API's figures.
 */
describe('the results workbook and CSV of a closed cycle', () => {
  let server: TestServer;
  let as: Record<string, ApiSession>;
  let year: ClosedYear;
  let api: Map<string, any>;
  const download = (path: string, session?: ApiSession) => fetch(`${server.app.url}files/${path}`, { headers: session?.cookie ? { cookie: session.cookie } : {} });

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    as = await sampleSessions(server, ['planning', 'council', 'shoko']);
    year = await closeFY2024(server, as);
    // A second, small plan beside it (after closeFY2024, which takes the first strategy): for the statement count.
    await importPlanFile(server.db.dataSource, plans.smallCity);
    const { data, errors } = await as.planning.gql(FIGURES, { id: year.strategyId, c: year.fy2024.id });
    expect(errors).toBeUndefined();
    api = new Map();
    for (const g of data.strategy.goals) {
      for (const i of g.kgis) api.set(keyOf({ goal: g.number, measure: null, name: i.name }), i);
      for (const m of g.measures) for (const i of m.indicators) api.set(keyOf({ goal: g.number, measure: m.code, name: i.name }), i);
    }
  }, 120_000);
  afterAll(() => server?.stop());

  it('gives the workbook’s 指標 sheet the API’s baseline, target, actuals, 達成率 and grade', async () => {
    const started = performance.now();
    const res = await download(`cycles/${year.fy2024.id}/results.xlsx`, as.planning);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="results-fy2024.xlsx"; filename\*=UTF-8''/);
    const bytes = Buffer.from(await res.arrayBuffer());
    console.log(`results.xlsx: ${bytes.length} bytes in ${Math.round(performance.now() - started)} ms`);
    const book = XLSX.read(bytes, { type: 'buffer', cellStyles: true });
    expect(book.SheetNames).toEqual(['指標', '施策']);
    // Laid out for print: the header row on every page, and each column its width.
    expect(book.Workbook?.Names?.filter((n) => n.Name === '_xlnm.Print_Titles').map((n) => n.Ref)).toEqual(["'指標'!$2:$2", "'施策'!$2:$2"]);
    expect(book.Sheets['指標']['!cols']?.[3]?.width).toBe(36);
    const rows = sheetRows(book, '指標');
    expect(rows.length).toBe(api.size);
    for (const row of rows) {
      const i = api.get(keyOf({ goal: row['基本目標'], measure: row['施策'], name: row['指標'] }));
      expect(i, `${row['施策']} ${row['指標']}`).toBeDefined();
      expect(row['基準値']).toEqual(i.baseline.value ?? (i.baseline.text || null));
      expect(row['目標値']).toEqual(i.target.value ?? (i.target.text || null));
      expect(row['R6年度実績']).toEqual(i.actuals.find((a: any) => a.fiscalYear === 2024)?.value ?? null);
      expect(row['期待値']).toEqual(i.progress.pathTarget);
      expect(row['達成率']).toEqual(i.progress.rate);
      if (!i.progress.notGraded) expect(row['評価']).toBe(i.progress.grade);
      expect(row['再掲']).toBe(i.relisted ? '再掲' : null);
    }
    // The reviewed KPIs carry their figures: an accepted one and one submitted, never accepted (planning reads both, as the API does).
    const accepted = rows.find((r) => api.get(keyOf({ goal: r['基本目標'], measure: r['施策'], name: r['指標'] }))?.id === year.kpi.accepted && !r['再掲'])!;
    expect(accepted['R6年度実績']).toBe(1234);
    expect(accepted['担当課']).toBe('商工課');
  });

  it('gives the 施策 sheet the report and the council’s dialogue, authors by role and department', async () => {
    const book = XLSX.read(Buffer.from(await (await download(`cycles/${year.fy2024.id}/results.xlsx`, as.council)).arrayBuffer()), { type: 'buffer' });
    const rows = sheetRows(book, '施策');
    const measure = rows.find((r) => r['取組内容'] === 'R6年度：創業セミナーを3回開催')!;
    expect(measure).toMatchObject({ 課題: '担い手の確保', 自己評価: 'B' });
    expect(measure['今後の方向性']).toBeTruthy();
    expect(measure['市民会議の意見']).toContain('R6年度の集計方法を教えてください（市民会議委員）');
    expect(measure['担当課の対応']).toContain('【対応する】商工会議所の調査によります（商工課）');
    expect(measure['改善の取組']).toContain('集計方法を公表する（商工課・R7年度まで・予定）');
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/@example\.jp/);
  });

  it('writes the CSV in UTF-8 with a BOM, parsing to the 指標 sheet’s rows', async () => {
    const [csvRes, xlsxRes] = await Promise.all([download(`cycles/${year.fy2024.id}/results.csv`, as.planning), download(`cycles/${year.fy2024.id}/results.xlsx`, as.planning)]);
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await csvRes.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...lines] = parseCsv(bytes.toString('utf8').slice(1));
    const rows = sheetRows(XLSX.read(Buffer.from(await xlsxRes.arrayBuffer()), { type: 'buffer' }), '指標');
    expect(header).toEqual(Object.keys(rows[0]));
    expect(lines.length).toBe(rows.length);
    lines.forEach((line, k) => {
      header.forEach((h, n) => {
        const cell = rows[k][h];
        if (h === '達成率') expect(line[n]).toBe(cell === null ? '' : `${((cell as number) * 100).toFixed(1)}%`);
        else expect(line[n], `${k}:${h}`).toBe(cell === null ? '' : String(cell));
      });
    });
  });

  it('writes the 施策 sheet as a CSV of its own, with the dialogue in its cells', async () => {
    const res = await download(`cycles/${year.fy2024.id}/results-measures.csv`, as.council);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="results-fy2024-measures.csv"/);
    const [header, ...lines] = parseCsv(Buffer.from(await res.arrayBuffer()).toString('utf8').slice(1));
    expect(header).toEqual(['基本目標', '施策', '施策名', '取組内容', '課題', '今後の方向性', '自己評価', '市民会議の意見', '担当課の対応', '改善の取組']);
    const row = lines.find((l) => l[3] === 'R6年度：創業セミナーを3回開催')!;
    expect(row[7]).toContain('R6年度の集計方法を教えてください（市民会議委員）');
    expect(row[9]).toContain('集計方法を公表する');
    expect((await download(`cycles/${year.fy2024.id}/results-measures.csv`)).status).toBe(401);
  });

  it('answers 401 signed out, 400 for a malformed id and 404 for no cycle, as GraphQL errors', async () => {
    const signedOut = await download(`cycles/${year.fy2024.id}/results.xlsx`);
    expect(signedOut.status).toBe(401);
    expect(((await signedOut.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await download(`cycles/${year.fy2024.id}/results.csv`)).status).toBe(401);
    const malformed = await download('cycles/x/results.csv', as.planning);
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cycleId' });
    expect((await download('cycles/00000000-0000-4000-8000-000000000000/results.xlsx', as.planning)).status).toBe(404);
  });

  it('gives each reader what the API lets them read: a department its own drafts, nobody else', async () => {
    as.kankyo = server.session();
    await as.kankyo.signIn('kankyo@example.jp');
    const fy2025 = await openCycleAt(as.planning, year.strategyId, 2025, 'COLLECTING');
    expect((await as.shoko.gql(SAVE_ACTUAL, { input: { cycleId: fy2025.id, indicatorId: year.kpi.accepted, value: '4,321' } })).errors).toBeUndefined();
    const r7 = async (who: string) => {
      const csv = parseCsv(Buffer.from(await (await download(`cycles/${fy2025.id}/results.csv`, as[who])).arrayBuffer()).toString('utf8').slice(1));
      const column = csv[0].indexOf('R7年度実績');
      return csv.slice(1).map((line) => line[column]).filter((v) => v !== '');
    };
    expect(await r7('shoko')).toContain('4321');
    expect(await r7('planning')).toContain('4321');
    expect(await r7('kankyo')).not.toContain('4321');
    expect(await r7('council')).not.toContain('4321');
  });

  it('neutralises text a spreadsheet would run as a formula', async () => {
    const { csvCell } = await import('../../server/src/modules/cycle-results/results-files.js');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a,b\nc')).toBe('"a,b\nc"');
    expect(csvCell(-1.5)).toBe('-1.5');
  });

  it('reads a 3-KPI plan and the 49-KPI plan in the same number of statements', async () => {
    const { data } = await server.gql(`{ strategies { id key } }`);
    const small = data.strategies.find((s: any) => s.key === 'sample-town-2025').id;
    const smallCycle = await openCycleAt(as.planning, small, 2025, 'PREPARING');
    const count = async (cycleId: string) => {
      const before = server.db.statementCounter.statements;
      const res = await download(`cycles/${cycleId}/results.xlsx`, as.planning);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      return server.db.statementCounter.statements - before;
    };
    const largeCycle = await openCycleAt(as.planning, year.strategyId, 2026, 'PREPARING');
    const [few, many] = [await count(smallCycle.id), await count(largeCycle.id)];
    expect(many).toBe(few);
    // With a dialogue, one statement more for each of its kinds of record (posts, responses, actions, their notes, authors), not for each record.
    expect(await count(year.fy2024.id)).toBeLessThanOrEqual(few + 8);
  });
});
