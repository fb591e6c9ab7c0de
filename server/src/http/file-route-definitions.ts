import { cycleResultRoutes } from '../modules/cycle-results/cycle-results.routes.js';
import { openDataRoutes } from '../modules/publication/open-data.routes.js';
import type { FileRouteDefinition } from './file-routes.js';

/** Every module's downloads and uploads under /files. */
export const fileRouteDefinitions: FileRouteDefinition[] = [cycleResultRoutes, openDataRoutes];
