import { Role } from '@kaizen/shared';
import { PassThrough } from 'node:stream';
import type { Request } from 'express';
import type { Context } from '../../graphql/context.js';
import { ForbiddenError } from '../../graphql/errors.js';
import { requireViewer } from '../../graphql/auth-checker.js';
import { attachment, uuidParam, XLSX_MEDIA_TYPE, type FileRouteDefinition } from '../../http/file-routes.js';
import { cycleOfRoute } from '../review-cycle/cycle-of-route.js';
import { applyImport, previewImport } from './workbook-import.js';
import { MAX_UPLOAD_BYTES } from './workbook-reader.js';
import { scopeFor, workbookRows } from './workbook-rows.js';
import { writeDepartmentWorkbook } from './workbook-writer.js';

/** Who enters figures, and who hands the workbooks out; council members have nothing to fill in. */
const WORKBOOK_ROLES: Role[] = [Role.DEPARTMENT, Role.PLANNING, Role.ADMIN];

function cycleOf(req: Request, context: Context) {
  if (!WORKBOOK_ROLES.includes(requireViewer(context).role)) throw new ForbiddenError();
  return cycleOfRoute(req, context);
}

/**
 * The department workbook (担当課の入力シート): downloaded for a cycle, filled in Excel, uploaded
 * back to preview what it changes, then applied as drafts.
 */
export const departmentWorkbookRoutes: FileRouteDefinition = (routes) => {
  routes.get('/cycles/:cycleId/department-workbook.xlsx', async (req, res, context) => {
    const cycle = await cycleOf(req, context);
    const departmentId = req.query.departmentId === undefined ? null : uuidParam(req.query.departmentId, 'departmentId');
    const rows = await workbookRows(context, cycle, scopeFor(context, departmentId));
    const name = `${rows.strategy.title}_R${cycle.fiscalYear - 2018}_${rows.department?.name ?? '全課'}_入力シート.xlsx`;
    res.setHeader('Content-Type', XLSX_MEDIA_TYPE);
    res.setHeader('Content-Disposition', attachment(name, `workbook-FY${cycle.fiscalYear}.xlsx`));
    res.setHeader('Cache-Control', 'no-store');
    // Streamed as it is written: the client shows the bytes as they come.
    const out = new PassThrough();
    out.pipe(res);
    await writeDepartmentWorkbook(rows, out);
  });
  routes.post('/cycles/:cycleId/department-workbook/preview', [XLSX_MEDIA_TYPE], MAX_UPLOAD_BYTES, async (req, res, context) => {
    res.json(await previewImport(context, await cycleOf(req, context), req.body as Buffer));
  });
  routes.post('/cycles/:cycleId/department-workbook/apply', [XLSX_MEDIA_TYPE], MAX_UPLOAD_BYTES, async (req, res, context) => {
    res.json(await applyImport(context, await cycleOf(req, context), req.body as Buffer, req.query.skipConflicts === 'true'));
  });
};
