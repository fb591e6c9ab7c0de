// The published pages are one chunk: they are read one after the other, and each chunk of its own
// would add its name and its imports' to the first page's list of what lazy pages preload.
import './published-results.css';
export { PublishedCyclePage } from './PublishedCyclePage';
export { PublishedCyclesPage } from './PublishedCyclesPage';
export { PublishedGoalPage, PublishedMeasurePage } from './PublishedMeasurePage';
