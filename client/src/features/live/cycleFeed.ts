import type { ApolloClient } from '@apollo/client';
import type { Subscription } from 'rxjs';
import { graphql } from '../../gql';
import type { LiveSocketStatus as LiveSocket } from './lazySocket';
import { liveSocketOf } from './liveSockets';

export const CycleActivitySubscription = graphql(`
  subscription CycleActivity($cycleId: ID!, $after: String) {
    activity(cycleId: $cycleId, after: $after) {
      seq
      action
      entityType
      entityId
      threadId
    }
  }
`);

// Writes come in bursts (a response and its action, a catch-up of many): the first refetches at
// once, the rest of the burst once more when that refetch is back and at least this long after it.
const REFETCH_INTERVAL_MS = 100;
// Moving between two pages of the same cycle should not close and reopen its subscription.
const LINGER_MS = 2000;

const feeds = new WeakMap<ApolloClient, Map<string, CycleFeed>>();
const refetchThrottles = new WeakMap<ApolloClient, { busy: boolean; again: boolean }>();

/** The one feed of a cycle per Apollo client, however many components follow it. */
export function cycleFeed(client: ApolloClient, cycleId: string): CycleFeed {
  let byCycle = feeds.get(client);
  if (!byCycle) feeds.set(client, (byCycle = new Map()));
  let feed = byCycle.get(cycleId);
  if (!feed) byCycle.set(cycleId, (feed = new CycleFeed(client, cycleId)));
  return feed;
}

/**
 * What changed is read through the ordinary queries (under their own rules), so an event only
 * says "look again": every query on screen is refetched, at once for the first event of a burst.
 * An event that arrives while a refetch is under way waits for it: Apollo would join a second
 * refetch to the request still in flight, whose answer may predate the write (a slow server would
 * then leave the page on the state before the last write of a burst).
 */
function refetchActiveSoon(client: ApolloClient) {
  let throttle = refetchThrottles.get(client);
  if (!throttle) refetchThrottles.set(client, (throttle = { busy: false, again: false }));
  if (throttle.busy) {
    throttle.again = true;
    return;
  }
  const state = throttle;
  const refetch = () => {
    state.busy = true;
    state.again = false;
    const interval = new Promise((resolve) => setTimeout(resolve, REFETCH_INTERVAL_MS));
    void Promise.allSettled([client.refetchQueries({ include: 'active' }), interval]).then(() => {
      state.busy = false;
      if (state.again) refetch();
    });
  };
  refetch();
}

/**
 * A cycle's `activity` subscription. It remembers the last event's seq; when the socket comes back
 * after a drop it subscribes again from there, so the server replays what was missed, and
 * refetches once in case nothing was seen before the drop (the replay then starts from "now").
 */
export class CycleFeed {
  private lastSeq: bigint | null = null;
  private subscription: Subscription | null = null;
  private users = 0;
  private failed = false;
  private dropped = false;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;
  private unwatchSocket: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly client: ApolloClient,
    private readonly cycleId: string,
  ) {}

  /** Follow the cycle until the returned function is called. */
  /** `since`: where the caller's data was read, used if the feed is not running yet. */
  retain(since: string | null): () => void {
    this.users += 1;
    clearTimeout(this.stopTimer);
    if (!this.subscription && !this.failed) {
      if (this.lastSeq === null && since !== null) this.lastSeq = BigInt(since);
      this.start();
    }
    return () => {
      this.users -= 1;
      if (this.users === 0) this.stopTimer = setTimeout(() => this.stop(), LINGER_MS);
    };
  }

  connected(): boolean {
    return !!this.subscription && !this.failed && this.socket()?.state() === 'connected';
  }

  /** For useSyncExternalStore: a stable function. */
  readonly watch = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private socket(): LiveSocket | undefined {
    return liveSocketOf(this.client);
  }

  private start() {
    this.unwatchSocket = this.socket()?.onState((state) => this.onSocketState(state)) ?? null;
    this.subscribe();
  }

  private stop() {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.unwatchSocket?.();
    this.unwatchSocket = null;
    // A later visit reads every query afresh: nothing to catch up on from here.
    this.lastSeq = null;
    this.failed = false;
    this.dropped = false;
    this.notify();
  }

  private subscribe() {
    const previous = this.subscription;
    this.subscription = this.client
      .subscribe({
        query: CycleActivitySubscription,
        variables: { cycleId: this.cycleId, after: this.lastSeq?.toString() ?? null },
        fetchPolicy: 'no-cache',
      })
      .subscribe({
        next: ({ data, error }) => {
          if (error) return this.fail();
          const seq = data ? BigInt(data.activity.seq) : null;
          // The socket's own resubscription and ours can both replay an event: count each once.
          if (seq === null || (this.lastSeq !== null && seq <= this.lastSeq)) return;
          this.lastSeq = seq;
          refetchActiveSoon(this.client);
        },
        error: () => this.fail(),
        complete: () => this.fail(),
      });
    // Subscribe before letting go of the old one: a lazy socket with no subscription would close.
    previous?.unsubscribe();
    this.notify();
  }

  private onSocketState(state: ReturnType<LiveSocket['state']>) {
    if (state === 'reconnecting') this.dropped = true;
    // Signed out elsewhere (another tab, an administrator): what is on screen is read again, and answers that sign-in is needed.
    if (state === 'ended') refetchActiveSoon(this.client);
    if (state === 'connected' && this.dropped) {
      this.dropped = false;
      this.subscribe();
      refetchActiveSoon(this.client);
    }
    this.notify();
  }

  /** Refused (signed out, unknown cycle): stay quiet until the next page asks again. */
  private fail() {
    if (this.failed) return;
    this.failed = true;
    const subscription = this.subscription;
    this.subscription = null;
    queueMicrotask(() => subscription?.unsubscribe());
    this.notify();
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }
}
