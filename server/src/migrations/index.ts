import { PlanSchema1732406400000 } from './1732406400000-plan-schema.js';

/** In order of application. */
export const migrations = [PlanSchema1732406400000];
