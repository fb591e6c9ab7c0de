import DataLoader from 'dataloader';
import { IsNull, type DataSource } from 'typeorm';
import { anyOf, byIdLoader } from '../../graphql/loader-helpers.js';
import { UserInvitation } from './user-invitation.entity.js';
import { User } from './user.entity.js';

export function userLoaders(dataSource: DataSource) {
  const users = dataSource.getRepository(User);
  const invitations = dataSource.getRepository(UserInvitation);
  return {
    userById: byIdLoader((ids) => users.findBy({ id: anyOf(ids) })),
    /** The invitation a user may still accept (at most one, by a unique index), expired or not. */
    pendingInvitationByUserId: new DataLoader<string, UserInvitation | undefined>(async (userIds) => {
      const pending = await invitations.findBy({ userId: anyOf(userIds), acceptedAt: IsNull(), revokedAt: IsNull() });
      const byUser = new Map(pending.map((i) => [i.userId, i]));
      return userIds.map((id) => byUser.get(id));
    }),
  };
}
