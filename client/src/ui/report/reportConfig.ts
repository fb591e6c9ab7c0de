import type { ReportConfig } from '@kaizen/shared';
import { graphql } from '../../gql';
import type { ReportConfigInput } from '../../gql/graphql';

graphql(`
  fragment ReportConfigFields on ReportConfigType {
    directions {
      code
      label
      meaning
    }
    effectiveness
    efficiency
    ratingLevels
  }
`);

/** The words of a stored 今後の方向性 code; a code the strategy no longer offers shows as itself. */
export function directionText(directions: readonly { code: string; label: string }[], code: string | null | undefined): string | null {
  if (!code) return null;
  return directions.find((d) => d.code === code)?.label ?? code;
}

/** The draft as the API's input, rebuilt without the cache's __typename. */
export function toReportInput(c: ReportConfig): ReportConfigInput {
  return {
    directions: c.directions.map((d) => ({ code: d.code.trim(), label: d.label.trim(), meaning: d.meaning?.trim() || null })),
    effectiveness: c.effectiveness,
    efficiency: c.efficiency,
    ratingLevels: c.ratingLevels.map((l) => l.trim()),
  };
}
