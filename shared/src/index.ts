export * from './plan.js';
export * from './fiscal-year.js';
