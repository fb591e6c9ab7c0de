import { departmentWorkbookRoutes } from '../modules/department-workbook/department-workbook.routes.js';
import type { FileRouteDefinition } from './file-routes.js';

/** Every module's downloads and uploads under /files. */
export const fileRouteDefinitions: FileRouteDefinition[] = [departmentWorkbookRoutes];
