import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTENER_NAME } from '../../server/src/modules/activity/activity-bus.js';
import { hashToken } from '../../server/src/modules/auth/auth.service.js';
import { follow, liveClient } from '../support/live.js';
import { spawnServer, servingUrl, type ServerProcess } from '../support/process.js';
import { REPLY, RESPOND, START_THREAD, openCycleAt } from '../support/review-ops.js';
import { plans, SAMPLE_PASSWORD, startTestServer, type ApiSession, type TestServer } from '../support/server.js';

/**
 * The live feed of a review cycle over graphql-ws: what one person writes reaches the others'
 * open pages, signed in by the same session cookie, and a client that was away catches up.
 */
describe('activity subscription', () => {
  let server: TestServer;
  let council: ApiSession;
  let shoko: ApiSession;
  let cycleId: string;
  let kpiId: string;
  const clients: Client[] = [];

  const connect = (cookie: string | null, baseUrl = server.app.url) => {
    const client = liveClient(baseUrl, cookie);
    clients.push(client);
    return client;
  };
  const startThread = async (body: string) => {
    const res = await council.gql(START_THREAD, { input: { cycleId, anchor: 'INDICATOR', anchorId: kpiId, kind: 'QUESTION', body } });
    expect(res.errors).toBeUndefined();
    return res.data.startThread as { id: string };
  };

  beforeAll(async () => {
    server = await startTestServer({ plans: [plans.yonezawa], users: true });
    const planning = server.session();
    [council, shoko] = [server.session(), server.session()];
    await Promise.all([planning.signIn('planning@example.jp'), council.signIn('council@example.jp'), shoko.signIn('shoko@example.jp')]);
    const { data } = await server.gql(`{ strategies { id goals { measures { code indicators { id name } } } } }`);
    const m12 = data.strategies[0].goals[0].measures.find((m: { code: string }) => m.code === '1-2');
    kpiId = m12.indicators.find((i: { name: string }) => i.name === '創業支援等事業計画に基づく創業者数').id;
    cycleId = (await openCycleAt(planning, data.strategies[0].id, 2024, 'REVIEWING')).id;
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await server?.stop();
  });

  it('tells a department what the council just wrote, with who wrote it', async () => {
    const feed = follow(connect(shoko.cookie), { cycleId });
    // The subscription is running once the server has answered its first read; give it that moment.
    await new Promise((r) => setTimeout(r, 300));
    const thread = await startThread('創業者数の伸びの要因を教えてください');
    await feed.until(() => feed.events().length > 0);
    expect(feed.events()).toEqual([
      { seq: expect.stringMatching(/^\d+$/), at: expect.any(String), action: 'reviewThread.start', entityType: 'ReviewThread', entityId: thread.id, threadId: thread.id, actor: '市民会議委員 会議 花子' },
    ]);

    const reply = await shoko.gql(REPLY, { id: thread.id, body: '補足します' });
    const response = await shoko.gql(RESPOND, { input: { threadId: thread.id, stance: 'WILL_ADDRESS', body: '創業塾を拡充します' } });
    expect([reply.errors, response.errors]).toEqual([undefined, undefined]);
    await feed.until(() => feed.events().length === 3);
    expect(feed.events().slice(1)).toMatchObject([
      { action: 'threadPost.reply', entityType: 'ThreadPost', entityId: reply.data.replyToThread.id, threadId: thread.id, actor: '商工課 商工 一郎' },
      { action: 'threadResponse.save', entityType: 'ThreadResponse', entityId: response.data.respondToThread.id, threadId: thread.id, actor: '商工課 商工 一郎' },
    ]);
    const seqs = feed.events().map((e) => BigInt(e.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : 1)));
    feed.stop();
  });

  it('replays, after a given seq, what a client missed while away, then goes on live', async () => {
    const first = follow(connect(council.cookie), { cycleId });
    await new Promise((r) => setTimeout(r, 300));
    const thread = await startThread('離れる前の質問');
    await first.until(() => first.events().length === 1);
    const seen = first.events()[0].seq;
    first.stop();

    const missed = [await council.gql(REPLY, { id: thread.id, body: '不在中の投稿 1' }), await council.gql(REPLY, { id: thread.id, body: '不在中の投稿 2' })];
    const back = follow(connect(council.cookie), { cycleId, after: seen });
    await back.until(() => back.events().length === 2);
    expect(back.events().map((e) => e.entityId)).toEqual(missed.map((r) => r.data.replyToThread.id));

    const live = await council.gql(REPLY, { id: thread.id, body: '戻ってからの投稿' });
    await back.until(() => back.events().length === 3);
    expect(back.events()[2]).toMatchObject({ entityId: live.data.replyToThread.id, action: 'threadPost.reply' });
    back.stop();
  });

  it('gives with the cycle the feed position to subscribe from, so a write between reading and subscribing is not missed', async () => {
    const SEQ = `query($id: ID!) { reviewCycle(id: $id) { activitySeq } }`;
    const { activitySeq } = (await shoko.gql(SEQ, { id: cycleId })).data.reviewCycle;
    expect(activitySeq).toMatch(/^[1-9]\d*$/);
    const between = await startThread('読み込みと購読のあいだの質問');
    const feed = follow(connect(shoko.cookie), { cycleId, after: activitySeq });
    await feed.until(() => feed.events().length === 1);
    expect(feed.events()[0]).toMatchObject({ entityId: between.id, action: 'reviewThread.start' });
    expect(BigInt((await shoko.gql(SEQ, { id: cycleId })).data.reviewCycle.activitySeq)).toBe(BigInt(feed.events()[0].seq));
    feed.stop();
  });

  it('sends nothing of a write that failed', async () => {
    const feed = follow(connect(shoko.cookie), { cycleId });
    await new Promise((r) => setTimeout(r, 300));
    const refused = await shoko.gql(START_THREAD, { input: { cycleId, anchor: 'INDICATOR', anchorId: kpiId, kind: 'QUESTION', body: '担当課は質問できない' } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const marker = await startThread('後続の書き込み');
    await feed.until(() => feed.events().length > 0);
    expect(feed.events().map((e) => e.entityId)).toEqual([marker.id]);
    feed.stop();
  });

  it('refuses, with a typed error, a subscriber without a session, a bad position, an unknown cycle and a query', async () => {
    const errorOf = async (cookie: string | null, variables: { cycleId: string; after?: string }) => {
      const feed = follow(connect(cookie), variables);
      await feed.until(() => feed.ended !== undefined);
      // Refused while subscribing: a result carrying the error, then the end, as graphql-ws sends it.
      expect([feed.ended, feed.events()]).toEqual(['complete', []]);
      return feed.results[0].errors!;
    };
    expect((await errorOf(null, { cycleId }))[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect((await errorOf('kaizen_session=forged', { cycleId }))[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect((await errorOf(council.cookie, { cycleId, after: 'latest' }))[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    expect((await errorOf(council.cookie, { cycleId: '00000000-0000-4000-8000-000000000000' }))[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });

    const query = await new Promise<unknown>((resolve) => {
      connect(council.cookie).subscribe({ query: '{ strategies { id } }' }, { next: resolve, error: resolve, complete: () => resolve('complete') });
    });
    expect((query as { extensions?: { code?: string } }[])[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a WebSocket opened by a page of another origin, which would carry the cookie', async () => {
    const { default: WebSocket } = await import('ws');
    const url = new URL('graphql', server.app.url);
    url.protocol = 'ws:';
    const status = await new Promise<number>((resolve) => {
      const socket = new WebSocket(url, 'graphql-transport-ws', { headers: { cookie: council.cookie!, origin: 'https://evil.example' } });
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => resolve(101));
    });
    expect(status).toBe(403);
  });

  it('closes the socket (4401) when its session expires, and sends nothing meanwhile', async () => {
    const tab = server.session();
    await tab.signIn('council@example.jp');
    const client = connect(tab.cookie);
    const closed = new Promise<number>((resolve) => client.on('closed', (e) => resolve((e as { code: number }).code)));
    const feed = follow(client, { cycleId });
    await new Promise((r) => setTimeout(r, 300));
    const token = decodeURIComponent(tab.cookie!.split('=')[1]);
    await server.db.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [hashToken(token)]);
    await startThread('期限切れの後の質問');
    expect(await closed).toBe(4401);
    expect(feed.events()).toEqual([]);
  });

  // Several server processes share one PostgreSQL: the feed must cross between them (LISTEN/NOTIFY).
  describe.runIf(process.env.DATABASE_URL)('across two server processes on one PostgreSQL', () => {
    let second: ServerProcess;
    let secondUrl: string;

    beforeAll(async () => {
      second = spawnServer({ DATABASE_URL: server.db.url!, PORT: '0', HOST: '127.0.0.1', SEED_PLANS: '', SEED_USERS: '' });
      secondUrl = await servingUrl(second);
    });
    afterAll(async () => {
      second?.child.kill('SIGTERM');
      await second?.exited;
    });

    it('delivers a write made at one process to a subscriber of the other, both ways', async () => {
      const atSecond = server.session();
      const signIn = await fetch(`${secondUrl}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, variables: { e: 'shoko@example.jp', p: SAMPLE_PASSWORD } }),
      });
      atSecond.cookie = signIn.headers.get('set-cookie')!.split(';')[0];

      const heardAtSecond = follow(connect(atSecond.cookie, secondUrl), { cycleId });
      const heardAtFirst = follow(connect(council.cookie), { cycleId });
      await new Promise((r) => setTimeout(r, 300));
      const thread = await startThread('別プロセスへ届くか');
      await heardAtSecond.until(() => heardAtSecond.events().length === 1);
      expect(heardAtSecond.events()[0]).toMatchObject({ action: 'reviewThread.start', entityId: thread.id, actor: '市民会議委員 会議 花子' });

      const reply = await fetch(`${secondUrl}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: atSecond.cookie },
        body: JSON.stringify({ query: REPLY, variables: { id: thread.id, body: '別プロセスからの返信' } }),
      }).then((r) => r.json() as Promise<{ data: { replyToThread: { id: string } } }>);
      await heardAtFirst.until(() => heardAtFirst.events().length === 2);
      expect(heardAtFirst.events().map((e) => e.entityId)).toEqual([thread.id, reply.data.replyToThread.id]);
      heardAtSecond.stop();
      heardAtFirst.stop();
    });

    it('closes a socket at one process when its session is signed out at the other', async () => {
      const tab = server.session();
      await tab.signIn('shoko@example.jp');
      const client = connect(tab.cookie, secondUrl);
      const closed = new Promise<number>((resolve) => client.on('closed', (e) => resolve((e as { code: number }).code)));
      const feed = follow(client, { cycleId });
      await new Promise((r) => setTimeout(r, 300));
      expect((await tab.gql(`mutation { signOut }`)).errors).toBeUndefined();
      expect(await closed).toBe(4401);
      expect(feed.events()).toEqual([]);
    });

    it('keeps the feed going when the database drops the listening connection', async () => {
      const feed = follow(connect(council.cookie), { cycleId });
      await new Promise((r) => setTimeout(r, 300));
      const dropped = await server.db.dataSource.query(
        `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
        [LISTENER_NAME],
      );
      expect(dropped).toEqual([{ ok: true }, { ok: true }]);
      // Written while neither process listens: the reconnection wakes every subscriber to read it.
      const thread = await startThread('接続が切れている間の質問');
      await feed.until(() => feed.events().length === 1, 10_000);
      expect(feed.events()[0]).toMatchObject({ entityId: thread.id });
      const next = await startThread('再接続後の質問');
      await feed.until(() => feed.events().length === 2);
      expect(feed.events()[1]).toMatchObject({ entityId: next.id });
      feed.stop();
    });
  });
});
