import { InboxBadge } from '../features/inbox/InboxBadge';
import { UserMenu } from '../features/auth/UserMenu';
import type { Viewer } from '../features/auth/viewer';

/** The header's tools for someone signed in (受信箱, who they are, サインアウト): a chunk of its own, not the first page's. */
export function SignedInTools({ viewer }: { viewer: Viewer }) {
  return (
    <>
      <InboxBadge />
      <UserMenu viewer={viewer} />
    </>
  );
}
