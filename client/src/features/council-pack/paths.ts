/** A cycle's meeting pack for the council: every goal and measure, laid out to print (A4) or save as PDF. */
export const councilPackPath = (cycleId: string) => `/review/cycles/${cycleId}/pack`;
