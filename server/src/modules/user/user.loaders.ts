import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { rowsWhereAnyOf } from '../../db/entity-rows.js';
import { byIdLoader } from '../../graphql/loader-helpers.js';
import { UserInvitation } from './user-invitation.entity.js';
import { User } from './user.entity.js';

export function userLoaders(dataSource: DataSource) {
  const pendingInvitations = rowsWhereAnyOf(dataSource, UserInvitation, 'user_id', { and: 't.accepted_at IS NULL AND t.revoked_at IS NULL' });
  return {
    userById: byIdLoader(rowsWhereAnyOf(dataSource, User, 'id')),
    /** The invitation a user may still accept (at most one, by a unique index), expired or not. */
    pendingInvitationByUserId: new DataLoader<string, UserInvitation | undefined>(async (userIds) => {
      const byUser = new Map((await pendingInvitations(userIds)).map((i) => [i.userId, i]));
      return userIds.map((id) => byUser.get(id));
    }),
  };
}
