import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOVE_CYCLE, OPEN_CYCLE, SAVE_ACTUAL } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** LibreOffice where it is installed (Debian's libreoffice-calc-nogui): the file a city's LibreOffice would save. */
const soffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** The department workbook, filled in with SheetJS: a library other than the one that wrote it, as a city's Excel or LibreOffice would be. */
describe('the department workbook: download, fill in elsewhere, preview, apply', () => {
  let server: TestServer;
  let planning: ApiSession;
  let shoko: ApiSession;
  let cycleId: string;
  let exported: Buffer;

  const download = async (s: ApiSession | null, query = '') =>
    fetch(`${server.app.url}files/cycles/${cycleId}/department-workbook.xlsx${query}`, { headers: s?.cookie ? { cookie: s.cookie } : {} });
  const upload = async (s: ApiSession, step: 'preview' | 'apply', file: Buffer, opts: { query?: string; headers?: Record<string, string> } = {}) => {
    const res = await fetch(`${server.app.url}files/cycles/${cycleId}/department-workbook/${step}${opts.query ?? ''}`, {
      method: 'POST',
      headers: { 'content-type': XLSX_TYPE, cookie: s.cookie!, ...opts.headers },
      body: new Uint8Array(file),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  /** Column letter of a heading in row 3 of a sheet. */
  const columnOf = (sheet: XLSX.WorkSheet, header: string) => {
    const range = XLSX.utils.decode_range(sheet['!ref']!);
    for (let c = range.s.c; c <= range.e.c; c++) if (sheet[XLSX.utils.encode_cell({ r: 2, c })]?.v === header) return XLSX.utils.encode_col(c);
    throw new Error(`no column ${header}`);
  };
  /** The row numbers (1-based) of each KPI, by its name. */
  const rowsByName = (sheet: XLSX.WorkSheet, nameColumn: string) => {
    const rows = new Map<string, number>();
    const range = XLSX.utils.decode_range(sheet['!ref']!);
    for (let r = 4; r <= range.e.r + 1; r++) {
      const name = sheet[`${nameColumn}${r}`]?.v;
      if (typeof name === 'string') rows.set(name, r);
    }
    return rows;
  };
  const fill = (file: Buffer, edit: (book: XLSX.WorkBook) => void): Buffer => {
    const book = XLSX.read(file, { type: 'buffer' });
    edit(book);
    return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  };
  const set = (sheet: XLSX.WorkSheet, address: string, value: string | number) => {
    sheet[address] = typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value };
  };

  const ACTUALS = `query($c: ID!) { actuals(cycleId: $c) { indicator { name } value valueBound notKnownReason note status version } }`;

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    [planning, shoko] = [server.session(), server.session()];
    await planning.signIn('planning@example.jp');
    await shoko.signIn('shoko@example.jp');
    const { data } = await server.gql(`{ strategies { id } }`);
    const opened = (await planning.gql(OPEN_CYCLE, { strategyId: data.strategies[0].id, fiscalYear: 2024 })).data.openReviewCycle;
    cycleId = (await planning.gql(MOVE_CYCLE, { id: opened.id, to: 'COLLECTING', v: opened.version })).data.moveReviewCycle.id;
  });
  afterAll(() => server?.stop());

  it('downloads 商工課’s workbook: its KPIs and measures, protected, validated, on A4, ids in a hidden sheet and column', async () => {
    const res = await download(shoko);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('商工課'));
    exported = Buffer.from(await res.arrayBuffer());

    const book = XLSX.read(exported, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['実績', '施策の評価', 'kaizen']);
    expect(book.Workbook!.Sheets!.map((s) => s.Hidden)).toEqual([0, 0, 2]);
    const kpis = book.Sheets['実績'];
    expect(columnOf(kpis, 'R6実績値')).toBeTruthy();
    const names = [...rowsByName(kpis, columnOf(kpis, '指標')).keys()];
    expect(names).toContain('本市への新たな企業立地件数');
    expect(names.length).toBeGreaterThan(5);
    const departments = XLSX.utils.sheet_to_json<Record<string, string>>(kpis, { range: 2 }).map((r) => r['担当課']);
    expect(departments.every((d) => d.includes('商工課'))).toBe(true);

    const zip = await JSZip.loadAsync(exported);
    const sheet1 = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet1).toContain('<sheetProtection');
    expect(sheet1).toMatch(/<col min="1" max="\d"[^>]*hidden="1"/);
    expect(sheet1).toMatch(/<dataValidation [^>]*type="decimal"/);
    expect(sheet1).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    const sheet2 = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(sheet2).toMatch(/<dataValidation [^>]*type="list"/);
  });

  it('reports an invalid cell by its address and applies nothing; fixed, the drafts equal what was typed; the same file again changes nothing', async () => {
    let invalidCell = '';
    const typed = (fixed: boolean) =>
      fill(exported, (book) => {
        const kpis = book.Sheets['実績'];
        const value = columnOf(kpis, 'R6実績値');
        const reason = columnOf(kpis, 'まだ分からない理由');
        const note = columnOf(kpis, '備考');
        const rows = rowsByName(kpis, columnOf(kpis, '指標'));
        const [first, second, third, fourth] = [...rows.values()];
        set(kpis, `${value}${first}`, '１，６５０');
        set(kpis, `${note}${first}`, '速報値');
        set(kpis, `${value}${second}`, 12);
        set(kpis, `${reason}${third}`, '統計の公表が8月のため');
        invalidCell = `${value}${fourth}`;
        set(kpis, invalidCell, fixed ? '75.1%' : 'abc');
        const reports = book.Sheets['施策の評価'];
        set(reports, `${columnOf(reports, '取組内容')}4`, '企業訪問を30社実施');
        set(reports, `${columnOf(reports, '今後の方向性')}4`, '拡充');
        set(reports, `${columnOf(reports, '自己評価')}4`, 'B');
      });

    const bad = await upload(shoko, 'preview', typed(false));
    expect(bad.status).toBe(200);
    expect(bad.body.problems).toEqual([expect.objectContaining({ sheet: '実績', cell: invalidCell, message: expect.stringContaining('「abc」は数値として読めません') })]);
    const refused = await upload(shoko, 'apply', typed(false));
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', problems: [expect.objectContaining({ cell: invalidCell })] });
    expect((await shoko.gql(ACTUALS, { c: cycleId })).data.actuals).toEqual([]);

    const good = typed(true);
    const preview = await upload(shoko, 'preview', good);
    expect(preview.body).toMatchObject({ department: '商工課', problems: [], conflicts: [], changedRows: 5 });
    expect(preview.body.changes).toContainEqual(expect.objectContaining({ sheet: '実績', field: '実績値', before: '', after: '1650' }));
    expect(preview.body.changes).toContainEqual(expect.objectContaining({ sheet: '施策の評価', field: '今後の方向性', after: '拡充' }));
    const applied = await upload(shoko, 'apply', good);
    expect(applied.status).toBe(200);

    const actuals = (await shoko.gql(ACTUALS, { c: cycleId })).data.actuals;
    const byValue = actuals.map((a: any) => [a.value, a.valueBound, a.notKnownReason, a.note, a.status]).sort();
    expect(byValue).toEqual([[12, null, null, '', 'DRAFT'], [1650, null, null, '速報値', 'DRAFT'], [75.1, null, null, '', 'DRAFT'], [null, null, '統計の公表が8月のため', '', 'DRAFT']].sort());
    const report = (await shoko.gql(`query($c: ID!) { reviewCycle(id: $c) { reportAssignments { measure { code } report { whatWasDone nextDirection selfGrade status } } } }`, { c: cycleId })).data.reviewCycle.reportAssignments;
    expect(report.find((r: any) => r.report)).toMatchObject({ report: { whatWasDone: '企業訪問を30社実施', nextDirection: 'EXPAND', selfGrade: 'B', status: 'DRAFT' } });

    const audits = await server.db.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
    const again = await upload(shoko, 'preview', good);
    expect(again.body).toMatchObject({ problems: [], conflicts: [], changes: [], changedRows: 0 });
    expect((await upload(shoko, 'apply', good)).status).toBe(200);
    expect(await server.db.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`)).toEqual(audits);
    expect((await shoko.gql(ACTUALS, { c: cycleId })).data.actuals.map((a: any) => a.version).sort()).toEqual([1, 1, 1, 1]);
  });

  it('shows a save made since the download as a conflict, refused unless skipped', async () => {
    const fresh = Buffer.from(await (await download(shoko)).arrayBuffer());
    const book = XLSX.read(fresh, { type: 'buffer' });
    const kpis = book.Sheets['実績'];
    const rows = [...rowsByName(kpis, columnOf(kpis, '指標')).entries()];
    const value = columnOf(kpis, 'R6実績値');
    const [[firstName, first], [, second]] = rows;
    const ids = (await server.db.dataSource.query(`SELECT id, name FROM indicator WHERE name = $1`, [firstName])) as { id: string }[];
    const saved = await shoko.gql(SAVE_ACTUAL, { input: { cycleId, indicatorId: ids[0].id, value: '1700', expectedVersion: 1 } });
    expect(saved.errors).toBeUndefined();
    set(kpis, `${value}${first}`, 1800);
    set(kpis, `${value}${second}`, 13);
    const file = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;

    const preview = await upload(shoko, 'preview', file);
    expect(preview.body.conflicts).toEqual([expect.objectContaining({ sheet: '実績', row: first, saved: '1700', yours: '1800 / 速報値' })]);
    expect((await upload(shoko, 'apply', file)).body.errors[0].extensions.code).toBe('CONFLICT');
    const skipped = await upload(shoko, 'apply', file, { query: '?skipConflicts=true' });
    expect(skipped.status).toBe(200);
    const values = (await shoko.gql(ACTUALS, { c: cycleId })).data.actuals.map((a: any) => a.value);
    expect(values).toContain(1700);
    expect(values).toContain(13);
    expect(values).not.toContain(1800);
  });

  it.skipIf(!soffice)('reads what LibreOffice saved: a percent-formatted cell and full-width digits, the ids and the hidden sheet kept', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaizen-lo-'));
    try {
      // Rows the earlier tests left empty; the percent format written with the cell, as Excel stores 50%.
      const book = XLSX.read(exported, { type: 'buffer' });
      const kpis = book.Sheets['実績'];
      const value = columnOf(kpis, 'R6実績値');
      kpis[`${value}10`] = { t: 'n', v: 0.5, z: '0.0%' };
      set(kpis, `${value}11`, '３０');
      fs.writeFileSync(path.join(dir, 'typed.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx', cellStyles: true }) as Buffer);
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', path.join(dir, 'out'), path.join(dir, 'typed.xlsx')], { stdio: 'ignore', timeout: 60_000 });
      const preview = await upload(shoko, 'preview', fs.readFileSync(path.join(dir, 'out/typed.xlsx')));
      expect(preview.body.problems).toEqual([]);
      expect(preview.body.changes).toEqual(
        expect.arrayContaining([expect.objectContaining({ row: 10, field: '実績値', after: '50' }), expect.objectContaining({ row: 11, field: '実績値', after: '30' })]),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives each role only its own: signed out 401, council 403, another department’s 403; the planning division all departments', async () => {
    expect((await download(null)).status).toBe(401);
    const council = server.session();
    await council.signIn('council@example.jp');
    expect((await download(council)).status).toBe(403);
    const kankyo = server.session();
    await kankyo.signIn('kankyo@example.jp');
    const kankyoId = (await kankyo.gql(`{ viewer { department { id } } }`)).data.viewer.department.id;
    expect((await download(shoko, `?departmentId=${kankyoId}`)).status).toBe(403);
    expect((await download(shoko, '?departmentId=not-a-uuid')).status).toBe(400);

    const all = XLSX.read(Buffer.from(await (await download(planning)).arrayBuffer()), { type: 'buffer' });
    const everyone = XLSX.utils.sheet_to_json<Record<string, string>>(all.Sheets['実績'], { range: 2 });
    const mine = XLSX.utils.sheet_to_json<Record<string, string>>(XLSX.read(exported, { type: 'buffer' }).Sheets['実績'], { range: 2 });
    expect(everyone.length).toBeGreaterThan(mine.length * 3);
    expect(new Set(everyone.map((r) => r['担当課'])).size).toBeGreaterThan(5);
    const ofKankyo = XLSX.read(Buffer.from(await (await download(planning, `?departmentId=${kankyoId}`)).arrayBuffer()), { type: 'buffer' });
    expect(XLSX.utils.sheet_to_json<Record<string, string>>(ofKankyo.Sheets['実績'], { range: 2 }).every((r) => r['担当課'].includes('環境課'))).toBe(true);

    // 商工課's rows are not the planning division's to enter: the import says so and writes nothing.
    const theirs = await upload(planning, 'preview', fill(exported, (book) => set(book.Sheets['実績'], `${columnOf(book.Sheets['実績'], '備考')}4`, '企画課の追記')));
    expect(theirs.body.problems[0].message).toContain('変えられません');
  });

  it('refuses what is not a workbook of this cycle, too large, or sent from another site', async () => {
    const garbage = await upload(shoko, 'preview', Buffer.from('not a zip at all'));
    expect(garbage).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'file' } }] } });
    const plain = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(plain, XLSX.utils.aoa_to_sheet([['a', 1]]), 'Sheet1');
    const foreign = await upload(shoko, 'preview', XLSX.write(plain, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect(foreign.body.errors[0].message).toContain('Kaizen Review からダウンロードした入力シートではない');
    // 60 MB of spaces packs into well under the upload limit: it is refused as it unpacks.
    const bomb = await JSZip.loadAsync(exported);
    bomb.file('xl/media/filler.xml', Buffer.alloc(60 * 1024 * 1024, 32));
    const packed = await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(packed.length).toBeLessThan(1024 * 1024);
    const unpacked = await upload(shoko, 'preview', packed);
    expect(unpacked).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'file' } }] } });
    expect(unpacked.body.errors[0].message).toContain('大きすぎます');
    const big = await upload(shoko, 'preview', Buffer.alloc(3 * 1024 * 1024, 1));
    expect(big).toMatchObject({ status: 413, body: { errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE', field: 'file' } }] } });
    const crossSite = await upload(shoko, 'preview', exported, { headers: { origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    const asForm = await fetch(`${server.app.url}files/cycles/${cycleId}/department-workbook/preview`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: shoko.cookie! },
      body: 'x',
    });
    expect(asForm.status).toBe(400);
    expect((await fetch(`${server.app.url}files/nothing-here`)).status).toBe(404);
  });
});

describe('the department workbook reads in a fixed number of statements', () => {
  let server: TestServer;
  let planning: ApiSession;
  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.smallCity, plans.yonezawa], users: true });
    planning = server.session();
    await planning.signIn('planning@example.jp');
  });
  afterAll(() => server?.stop());

  /** Statements and parameter counts of downloading every department's workbook of a strategy's FY cycle, then previewing it back. */
  async function readsOf(key: string, fiscalYear: number) {
    const [{ id }] = await server.db.dataSource.query(`SELECT id FROM strategy WHERE key = $1`, [key]);
    const cycle = (await planning.gql(OPEN_CYCLE, { strategyId: id, fiscalYear })).data.openReviewCycle;
    await planning.gql(MOVE_CYCLE, { id: cycle.id, to: 'COLLECTING', v: cycle.version });
    const counter = server.db.statementCounter;
    const recording = counter.record();
    const before = counter.statements;
    const res = await fetch(`${server.app.url}files/cycles/${cycle.id}/department-workbook.xlsx`, { headers: { cookie: planning.cookie! } });
    const file = Buffer.from(await res.arrayBuffer());
    const download = counter.statements - before;
    const rows = XLSX.utils.sheet_to_json(XLSX.read(file, { type: 'buffer' }).Sheets['実績'], { range: 2 }).length;
    const middle = counter.statements;
    const preview = await fetch(`${server.app.url}files/cycles/${cycle.id}/department-workbook/preview`, {
      method: 'POST',
      headers: { 'content-type': XLSX_TYPE, cookie: planning.cookie! },
      body: new Uint8Array(file),
    });
    expect(preview.status).toBe(200);
    const statements = recording.stop();
    return { rows, download, preview: counter.statements - middle, texts: new Set(statements.map((s) => s.sql)).size, parameters: Math.max(...statements.map((s) => s.parameters)) };
  }

  it('issues as many statements for Yonezawa’s 49 KPIs as for a town’s few', async () => {
    const small = await readsOf('sample-town-2025', 2025);
    const large = await readsOf('yonezawa-dgc-2024', 2024);
    expect(large.rows).toBeGreaterThan(small.rows * 5);
    expect(large.download).toBe(small.download);
    expect(large.preview).toBe(small.preview);
    // One array parameter per list, never one parameter per row.
    expect(large.parameters).toBe(small.parameters);
    expect(large.texts).toBe(small.texts);
  });
});
