import type { ErrorLike } from '@apollo/client';
import { ErrorPanel } from './ErrorPanel';
import { Loading } from './Loading';

/** What a page shows until its query has data: a progress indicator, or the error. */
export function QueryStatus({ loading, error }: { loading: boolean; error?: ErrorLike }) {
  if (loading) return <Loading />;
  return error ? <ErrorPanel error={error} /> : null;
}
