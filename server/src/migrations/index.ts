import { PlanSchema1732406400000 } from './1732406400000-plan-schema.js';
import { UsersAndSessions1732492800000 } from './1732492800000-users-and-sessions.js';

/** In order of application. */
export const migrations = [PlanSchema1732406400000, UsersAndSessions1732492800000];
