import type { ErrorLike } from '@apollo/client';
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

/**
 * Who is signed in (null when nobody is); read once and shared through the cache. `error` is set
 * when the server could not be asked: nobody is known to be signed in, nor known not to be.
 */
export function useViewer(): { viewer: Viewer | null; loading: boolean; error: ErrorLike | undefined } {
  const { data, loading, error } = useQuery(ViewerQuery);
  return { viewer: data?.viewer ?? null, loading: loading && !data, error: data ? undefined : error };
}
