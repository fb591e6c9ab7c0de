import type { DataSource } from 'typeorm';
import { hashToken } from '../auth/auth.service.js';

/** What the registry needs of a socket: a way to end it. */
export type Closable = { close(code: number, reason: string): void };

/**
 * graphql-ws's close code for "not (or no longer) signed in": its client does not retry it, so
 * a signed-out page stops following instead of reconnecting in a loop.
 */
export const SESSION_ENDED = { code: 4401, reason: 'セッションが終了しました / Session ended: sign in again' } as const;

/** How often the open sockets' sessions are checked: the longest a signed-out socket stays open. */
const SWEEP_MS = 2000;

/**
 * Which session each open socket was signed in by, so that it closes when that session ends:
 * sign-out (the row is deleted), the user disabled (all their rows deleted, or `disabled_at`
 * set), expiry. It asks the database, not the auth services, so a sign-out at another server
 * process closes this one's sockets too; one statement for all sockets, on a short interval.
 * Events are never delivered meanwhile: the feed checks the session with each page it reads.
 */
export class LiveSessions {
  private readonly sockets = new Map<string, Set<Closable>>();
  private timer: NodeJS.Timeout | null = null;
  private sweeping = false;
  private failing = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sweepMs = SWEEP_MS,
  ) {}

  /** How many sockets the session's token (as the cookie carries it) holds open. */
  count(token: string): number {
    return this.sockets.get(hashToken(token))?.size ?? 0;
  }

  /** Follows a socket opened with the session cookie `token` until the returned function is called. */
  watch(socket: Closable, token: string): () => void {
    const tokenHash = hashToken(token);
    let set = this.sockets.get(tokenHash);
    if (!set) this.sockets.set(tokenHash, (set = new Set()));
    set.add(socket);
    this.timer ??= setInterval(() => void this.sweep(), this.sweepMs).unref();
    return () => {
      set.delete(socket);
      if (set.size === 0 && this.sockets.get(tokenHash) === set) this.sockets.delete(tokenHash);
      if (this.sockets.size === 0) this.stop();
    };
  }

  /** Closes now every socket of a session found ended (by the feed, before it delivers). */
  ended(token: string): void {
    this.closeAll(hashToken(token));
  }

  /** Closes the sockets whose session no longer signs anyone in. */
  async sweep(): Promise<void> {
    if (this.sweeping || this.sockets.size === 0) return;
    this.sweeping = true;
    try {
      const hashes = [...this.sockets.keys()];
      const live = await this.dataSource.query<{ token_hash: string }[]>(
        `SELECT s.token_hash FROM session s JOIN app_user u ON u.id = s.user_id
          WHERE s.token_hash = ANY($1::text[]) AND s.expires_at > now() AND u.disabled_at IS NULL`,
        [hashes],
      );
      const alive = new Set(live.map((r) => r.token_hash));
      for (const hash of hashes) if (!alive.has(hash)) this.closeAll(hash);
      this.failing = false;
    } catch (error) {
      // The database is away: keep the sockets (the feed cannot read, so it delivers nothing), say it once.
      if (!this.failing) console.error('Live sessions: could not check the open sockets’ sessions:', error instanceof Error ? error.message : error);
      this.failing = true;
    } finally {
      this.sweeping = false;
    }
  }

  private closeAll(tokenHash: string): void {
    const set = this.sockets.get(tokenHash);
    this.sockets.delete(tokenHash);
    for (const socket of set ?? []) {
      try {
        socket.close(SESSION_ENDED.code, SESSION_ENDED.reason);
      } catch {
        // Already closing: nothing left to end.
      }
    }
    if (this.sockets.size === 0) this.stop();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
