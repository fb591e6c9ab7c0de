import type { MeasureProject } from './measure-project.entity.js';
import type { Project } from './project.entity.js';

/** A project as listed under one measure: `relisted` depends on the listing. */
export type ListedProject = Project & { listing?: MeasureProject };

export function listedProject(listing: MeasureProject): ListedProject {
  return { ...listing.project!, listing };
}
