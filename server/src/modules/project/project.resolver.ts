import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Department } from '../department/department.entity.js';
import type { ListedProject } from './listed-project.js';
import { Project } from './project.entity.js';

@Resolver(() => Project)
export class ProjectResolver {
  @FieldResolver(() => Boolean, { description: '【再掲】: listed here although another measure lists it first.' })
  relisted(@Root() project: ListedProject): boolean {
    return project.listing?.relisted ?? false;
  }

  @FieldResolver(() => [Department])
  departments(@Root() project: Project, @Ctx() { loaders }: Context): Promise<Department[]> {
    return loaders.departmentsByProjectId.load(project.id);
  }
}
