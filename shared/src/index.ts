export * from './plan.js';
export * from './fiscal-year.js';
export * from './progress.js';
export * from './roles.js';
export * from './number-input.js';
export * from './review-cycle.js';
export * from './roll-up.js';
export * from './council-review.js';
