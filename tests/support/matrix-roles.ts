/** The roles the authorization matrices try every write and file with: 商工課 owns what they touch, 環境課 does not. */
export const ROLES = ['anonymous', 'COUNCIL', 'ADMIN', 'DEPARTMENT (other)', 'DEPARTMENT (own)', 'PLANNING'] as const;
export type RoleName = (typeof ROLES)[number];
export const EMAIL: Record<Exclude<RoleName, 'anonymous'>, string> = {
  COUNCIL: 'council@example.jp',
  ADMIN: 'admin@example.jp',
  'DEPARTMENT (other)': 'kankyo@example.jp',
  'DEPARTMENT (own)': 'shoko@example.jp',
  PLANNING: 'planning@example.jp',
};
