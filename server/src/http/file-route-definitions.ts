import { cycleResultRoutes } from '../modules/cycle-results/cycle-results.routes.js';
import { departmentWorkbookRoutes } from '../modules/department-workbook/department-workbook.routes.js';
import { openDataRoutes } from '../modules/publication/open-data.routes.js';
import type { FileRouteDefinition } from './file-routes.js';

/** Every module's downloads and uploads under /files. */
export const fileRouteDefinitions: FileRouteDefinition[] = [departmentWorkbookRoutes, cycleResultRoutes, openDataRoutes];
