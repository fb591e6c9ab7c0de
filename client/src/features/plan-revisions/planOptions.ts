import { graphql } from '../../gql';
import type { PlanOptionsQuery as PlanOptionsResult } from '../../gql/graphql';

/** The plan's goals, measures, policies and projects, and its municipality's departments: what a change is about, and what a KPI may be listed under and answered by. */
export const PlanOptionsQuery = graphql(`
  query PlanOptions($strategyId: ID!) {
    strategy(id: $strategyId) {
      id
      goals {
        id
        number
        title
        measures {
          id
          code
          title
          retiredFromFY
          policies {
            id
            ordinal
            title
            retiredFromFY
          }
          projects {
            id
            name
            retiredFromFY
          }
        }
      }
      departments {
        id
        name
      }
    }
  }
`);

export type PlanOptions = PlanOptionsResult['strategy'];

type Measure = PlanOptions['goals'][number]['measures'][number];
/** A goal, measure, policy or project a change may be about, with its revisable fields as the plan has them today. */
export type PlanItem = { subjectType: 'GOAL' | 'MEASURE' | 'POLICY' | 'PROJECT'; id: string; label: string; fields: Record<string, unknown> };

/** Every goal, measure, policy and project of the plan, in the plan's order, named as the 新旧対照表 names them. */
export function planItems(options: PlanOptions): PlanItem[] {
  const ofMeasure = (m: Measure): PlanItem[] => [
    { subjectType: 'MEASURE', id: m.id, label: `施策 ${m.code} ${m.title}`, fields: { title: m.title, retiredFromFY: m.retiredFromFY } },
    ...m.policies.map((p): PlanItem => ({ subjectType: 'POLICY', id: p.id, label: `施策 ${m.code} 具体的な施策 ${p.ordinal}. ${p.title}`, fields: { title: p.title, retiredFromFY: p.retiredFromFY } })),
    ...m.projects.map((p): PlanItem => ({ subjectType: 'PROJECT', id: p.id, label: `施策 ${m.code} 主な事業 ${p.name}`, fields: { name: p.name, retiredFromFY: p.retiredFromFY } })),
  ];
  return options.goals.flatMap((g) => [{ subjectType: 'GOAL' as const, id: g.id, label: `基本目標${g.number} ${g.title}`, fields: { title: g.title } }, ...g.measures.flatMap(ofMeasure)]);
}
