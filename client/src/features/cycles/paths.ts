/** The planning division's own row of the board (what no department holds) has no department id. */
export const OWN = 'own';

export const boardPath = (cycleId: string, departmentKey?: string) => `/cycles/${cycleId}/board${departmentKey ? `/${departmentKey}` : ''}`;
