import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ViewerQuery as ViewerData } from '../../gql/graphql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      displayName
      email
      role
      mustChangePassword
      department {
        id
        name
      }
    }
  }
`);

export type Viewer = NonNullable<ViewerData['viewer']>;

/** Who is signed in (null when nobody is); read once and shared through the cache. */
export function useViewer(): { viewer: Viewer | null; loading: boolean } {
  const { data, loading } = useQuery(ViewerQuery);
  return { viewer: data?.viewer ?? null, loading: loading && !data };
}
