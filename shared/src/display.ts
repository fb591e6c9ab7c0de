/** What every page shows where there is no value (no figure, no grade, no department): one dash, the en dash the grade scales use. */
export const NO_VALUE = '–';
