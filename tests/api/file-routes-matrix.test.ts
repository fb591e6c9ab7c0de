import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileRouteDefinitions } from '../../server/src/http/file-route-definitions.js';
import { FileRoutes } from '../../server/src/http/file-routes.js';
import { openCycleAt } from '../support/review-ops.js';
import { plans, startTestServer, type ApiSession, type TestServer } from '../support/server.js';
import { EMAIL, ROLES, type RoleName } from '../support/matrix-roles.js';

/**
 * Every route under /files × every role: the HTTP status, and for a refused write, proof that
 * nothing changed. As for the GraphQL matrices, a route without a row here fails the first test.
 */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Case = { status: Record<RoleName, number>; request: (role: RoleName) => Promise<Response>; unchanged?: () => Promise<unknown> };

describe('file routes matrix', () => {
  let server: TestServer;
  const sessions = {} as Record<RoleName, ApiSession>;
  let cycleId: string;
  let shokoDepartment: string;
  let filled: Buffer;

  const headers = (role: RoleName, extra: Record<string, string> = {}) => ({ ...(sessions[role].cookie ? { cookie: sessions[role].cookie! } : {}), ...extra });
  const post = (role: RoleName, step: string, file: Buffer) =>
    fetch(`${server.app.url}files/cycles/${cycleId}/department-workbook/${step}`, { method: 'POST', headers: headers(role, { 'content-type': XLSX_TYPE }), body: new Uint8Array(file) });

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    sessions.anonymous = server.session();
    for (const role of ROLES.slice(1) as Exclude<RoleName, 'anonymous'>[]) {
      sessions[role] = server.session();
      await sessions[role].signIn(EMAIL[role]);
    }
    const [{ id: strategyId }] = await server.db.dataSource.query(`SELECT id FROM strategy`);
    cycleId = (await openCycleAt(sessions.PLANNING, strategyId, 2024, 'COLLECTING')).id;
    shokoDepartment = (await sessions['DEPARTMENT (own)'].gql(`{ viewer { department { id } } }`)).data.viewer.department.id;
    const exported = Buffer.from(await (await fetch(`${server.app.url}files/cycles/${cycleId}/department-workbook.xlsx`, { headers: headers('DEPARTMENT (own)') })).arrayBuffer());
    const book = XLSX.read(exported, { type: 'buffer' });
    const sheet = book.Sheets['実績'];
    const range = XLSX.utils.decode_range(sheet['!ref']!);
    for (let c = 0; c <= range.e.c; c++) if (sheet[XLSX.utils.encode_cell({ r: 2, c })]?.v === 'R6実績値') sheet[XLSX.utils.encode_cell({ r: 3, c })] = { t: 'n', v: 7 };
    filled = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  });
  afterAll(() => server?.stop());

  const actualRows = () => server.db.dataSource.query(`SELECT id, version, value FROM actual ORDER BY id`);

  const CASES: Record<string, Case> = {
    'GET /cycles/:cycleId/department-workbook.xlsx': {
      // Asked for 商工課's: its own department, and those who hand the workbooks out.
      status: { anonymous: 401, COUNCIL: 403, ADMIN: 200, 'DEPARTMENT (other)': 403, 'DEPARTMENT (own)': 200, PLANNING: 200 },
      request: (role) => fetch(`${server.app.url}files/cycles/${cycleId}/department-workbook.xlsx?departmentId=${shokoDepartment}`, { headers: headers(role) }),
    },
    'POST /cycles/:cycleId/department-workbook/preview': {
      status: { anonymous: 401, COUNCIL: 403, ADMIN: 200, 'DEPARTMENT (other)': 403, 'DEPARTMENT (own)': 200, PLANNING: 200 },
      request: (role) => post(role, 'preview', filled),
      unchanged: actualRows,
    },
    'POST /cycles/:cycleId/department-workbook/apply': {
      // The administrator and the planning division read 商工課's rows but do not enter them: every row is a problem.
      status: { anonymous: 401, COUNCIL: 403, ADMIN: 400, 'DEPARTMENT (other)': 403, 'DEPARTMENT (own)': 200, PLANNING: 400 },
      request: (role) => post(role, 'apply', filled),
      unchanged: actualRows,
    },
  };

  const SIGNED_IN = { anonymous: 401, COUNCIL: 200, ADMIN: 200, 'DEPARTMENT (other)': 200, 'DEPARTMENT (own)': 200, PLANNING: 200 };
  // The cycle is under way: nothing of it is published, to anyone, signed in or not (published ones: publication.test.ts).
  const NOT_PUBLISHED = { anonymous: 404, COUNCIL: 404, ADMIN: 404, 'DEPARTMENT (other)': 404, 'DEPARTMENT (own)': 404, PLANNING: 404 };
  const get = (file: string) => (role: RoleName) => fetch(`${server.app.url}files/${file.replace(':cycleId', cycleId)}`, { headers: headers(role) });
  for (const file of ['results.xlsx', 'results.csv', 'results-measures.csv']) CASES[`GET /cycles/:cycleId/${file}`] = { status: SIGNED_IN, request: get(`cycles/:cycleId/${file}`) };
  for (const file of ['indicators.csv', 'indicators.json']) CASES[`GET /open-data/cycles/:cycleId/${file}`] = { status: NOT_PUBLISHED, request: get(`open-data/cycles/:cycleId/${file}`) };

  it('covers every route under /files', () => {
    const routes = new FileRoutes(server.db.dataSource, {} as never, false);
    for (const define of fileRouteDefinitions) define(routes);
    const registered = (routes.router.stack as { route?: { path: string; methods: Record<string, boolean> } }[])
      .flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`) : []));
    expect(new Set(registered)).toEqual(new Set(Object.keys(CASES)));
  });

  for (const [route, c] of Object.entries(CASES)) {
    it(`${route}: ${ROLES.map((r) => `${r} ${c.status[r]}`).join(', ')}`, async () => {
      // The one role whose write succeeds goes last, so that every refusal is checked against the same rows.
      for (const role of [...ROLES].sort((a, b) => Number(c.status[a] === 200 && !!c.unchanged) - Number(c.status[b] === 200 && !!c.unchanged))) {
        const before = c.unchanged && (await c.unchanged());
        const res = await c.request(role);
        expect(`${role} ${res.status}`).toBe(`${role} ${c.status[role]}`);
        if (res.status !== 200) expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBeTruthy();
        if (c.unchanged && (res.status !== 200 || route.endsWith('preview'))) expect(await c.unchanged()).toEqual(before);
      }
    });
  }
});
