// The revision pages are one chunk: they are used together, and each chunk of its own would add its
// name and its imports' to the first page's list of what lazy pages preload.
export { ComparisonPage } from './ComparisonPage';
export { PlanRevisionPage } from './PlanRevisionPage';
export { PlanRevisionsPage } from './PlanRevisionsPage';
export { RevisionsIndexPage } from './RevisionsIndexPage';
