import net from 'node:net';
import type { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follow, liveClient } from '../support/live.js';
import { RETURN_ACTUAL, SAVE_ACTUAL, SAVE_REPORT, SUBMIT_ACTUAL, SUBMIT_REPORT, openCycleAt } from '../support/review-ops.js';
import type { ApiSession } from '../support/server.js';
import { startTarget, type Target } from '../support/target.js';

/**
 * The live feed's WebSocket as an attacker meets it (issue 9, rows 1, 9 and 10): hostile upgrades
 * and frames are answered or closed, never the process's end; a socket ends with its session; a
 * subscriber hears only of records it may read.
 */
describe('live feed sockets under attack', () => {
  let target: Target;
  let cycleId: string;
  /** 商工課's own indicators and measures (no other department answers for them). */
  const kpi: string[] = [];
  const measure: string[] = [];
  const clients: Client[] = [];
  const raw: WebSocket[] = [];
  const SEQ = `query($id: ID!) { reviewCycle(id: $id) { activitySeq } }`;

  const signedIn = async (email: string): Promise<ApiSession> => {
    const session = target.session();
    const res = await session.signIn(email);
    expect(res.errors).toBeUndefined();
    return session;
  };
  const connect = (cookie: string | null) => {
    const client = liveClient(target.url, cookie);
    clients.push(client);
    return client;
  };
  const wsUrl = () => {
    const url = new URL('graphql', target.url);
    url.protocol = 'ws:';
    return url;
  };
  /** Resolves, after each attack, only if the process lives and answers a trivial query in well under a second. */
  const stillServes = async () => expect(await target.alive()).toBeLessThan(1000);

  /** The HTTP status an upgrade gets (101: it opened). */
  const upgradeStatus = (headers: Record<string, string>, path = '/graphql') =>
    new Promise<number>((resolve, reject) => {
      const url = wsUrl();
      url.pathname = path;
      const socket = new WebSocket(url, 'graphql-transport-ws', { headers });
      socket.on('unexpected-response', (req, res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      socket.on('open', () => {
        resolve(101);
        socket.close();
      });
      socket.on('error', reject);
    });

  /** An open graphql-ws socket driven by hand, and how it closes. */
  const openRaw = (cookie?: string) =>
    new Promise<{ socket: WebSocket; closed: Promise<{ code: number; reason: string }> }>((resolve, reject) => {
      const socket = new WebSocket(wsUrl(), 'graphql-transport-ws', { headers: cookie ? { cookie } : {} });
      raw.push(socket);
      const closed = new Promise<{ code: number; reason: string }>((done) => socket.on('close', (code, reason) => done({ code, reason: reason.toString() })));
      socket.on('error', () => undefined);
      socket.on('open', () => resolve({ socket, closed }));
      socket.on('unexpected-response', (_req, res) => reject(new Error(`upgrade got ${res.statusCode}`)));
    });
  const INIT = JSON.stringify({ type: 'connection_init' });

  /** Resolves with the close code and reason of the client's socket, and when it closed. */
  const closeOf = (client: Client) =>
    new Promise<{ code: number; reason: string; at: number }>((resolve) =>
      client.on('closed', (e) => {
        // ws's CloseEvent keeps code and reason in getters: read them, do not spread.
        const { code, reason } = e as { code: number; reason: string };
        resolve({ code, reason, at: Date.now() });
      }),
    );

  let planning: ApiSession;
  let shoko: ApiSession;
  let admin: ApiSession;

  beforeAll(async () => {
    target = await startTarget();
    [planning, shoko, admin] = await Promise.all([signedIn('planning@example.jp'), signedIn('shoko@example.jp'), signedIn('admin@example.jp')]);
    const { data } = await planning.gql(`{ strategies { id goals { measures { id responsibleDepartments { name } indicators { id departments { name } } } } } }`);
    const measures = data.strategies[0].goals.flatMap((g: any) => g.measures);
    const onlyShoko = (departments: { name: string }[]) => departments.length === 1 && departments[0].name === '商工課';
    kpi.push(...new Set<string>(measures.flatMap((m: any) => m.indicators.filter((i: any) => onlyShoko(i.departments)).map((i: any) => i.id))));
    measure.push(...measures.filter((m: any) => onlyShoko(m.responsibleDepartments)).map((m: any) => m.id));
    expect([kpi.length >= 4, measure.length >= 1]).toEqual([true, true]);
    cycleId = (await openCycleAt(planning, data.strategies[0].id, 2024, 'COLLECTING')).id;
  }, 120_000);
  afterAll(async () => {
    for (const socket of raw) socket.terminate();
    await Promise.all(clients.map((c) => c.dispose()));
    await target?.stop();
  });

  const saveDraft = async (as: ApiSession, indicatorId: string, value: string, expectedVersion: number | null = null) => {
    const res = await as.gql(SAVE_ACTUAL, { input: { cycleId, indicatorId, value, expectedVersion } });
    expect(res.errors).toBeUndefined();
    return res.data.saveActual as { id: string; version: number };
  };

  describe('row 1: upgrades', () => {
    it('refuses with 403 an Origin that is null, foreign, not http(s) or garbled, and lives', async () => {
      const cookie = shoko.cookie!;
      for (const origin of ['null', 'https://evil.example', 'file://', 'ftp://127.0.0.1', 'http://', '::::', '', `${target.url}x`.replace('127.0.0.1', 'localhost')]) {
        expect([origin, await upgradeStatus({ origin, cookie })]).toEqual([origin, 403]);
        await stillServes();
      }
    });

    it('lets in the page’s own origin and a client that sends none (not a browser: the cookie signs in)', async () => {
      expect(await upgradeStatus({ origin: new URL(target.url).origin, cookie: shoko.cookie! })).toBe(101);
      expect(await upgradeStatus({ cookie: shoko.cookie! })).toBe(101);
      await stillServes();
    });

    it('answers an upgrade elsewhere, or with broken WebSocket headers, with 400 and lives', async () => {
      expect(await upgradeStatus({}, '/other')).toBe(400);
      const port = new URL(target.url).port;
      const answer = (request: string) =>
        new Promise<string>((resolve) => {
          const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(request));
          let got = '';
          socket.on('data', (d) => (got += d));
          socket.on('close', () => resolve(got.split('\r\n')[0]));
          socket.on('error', () => resolve(got.split('\r\n')[0]));
          setTimeout(() => socket.destroy(), 1500);
        });
      const upgrade = (extra: string) => `GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n${extra}\r\n`;
      expect(await answer(upgrade('Sec-WebSocket-Version: 13\r\n'))).toMatch(/^HTTP\/1\.1 400/); // no key
      expect(await answer(upgrade('Sec-WebSocket-Key: short\r\nSec-WebSocket-Version: 13\r\n'))).toMatch(/^HTTP\/1\.1 400/);
      expect(await answer(upgrade('Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 99\r\n'))).toMatch(/^HTTP\/1\.1 400/);
      expect(await answer(upgrade('Origin: null\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n'))).toMatch(/^HTTP\/1\.1 403/);
      // Hangs up halfway through the handshake.
      await new Promise<void>((resolve) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => {
          socket.write(`GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
          socket.resetAndDestroy();
          resolve();
        });
      });
      await stillServes();
    });
  });

  describe('frames and messages', () => {
    it('closes a socket that sends garbage, a huge message, bad UTF-8 or breaks the protocol, and lives', async () => {
      const cases: [string, (s: WebSocket) => void, number][] = [
        ['not JSON', (s) => s.send('{{{ not json'), 4400],
        ['binary garbage', (s) => s.send(Buffer.from([0, 1, 2, 255, 254]), { binary: true }), 4400],
        ['an unknown message type', (s) => s.send(JSON.stringify({ type: 'launch_missiles' })), 4400],
        ['1 MB', (s) => s.send('x'.repeat(1024 * 1024)), 1009],
        ['invalid UTF-8', (s) => s.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false }), 1007],
        ['subscribe before connection_init', (s) => s.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { __typename }' } })), 4401],
        ['connection_init twice', (s) => (s.send(INIT), s.send(INIT)), 4429],
      ];
      for (const [what, send, code] of cases) {
        const { socket, closed } = await openRaw(shoko.cookie!);
        send(socket);
        expect([what, (await closed).code]).toEqual([what, code]);
        await stillServes();
      }
      // The client's doing, not the server's: no "internal error" with a stack trace in the log.
      expect(target.process.output()).not.toMatch(/Internal error|Unexpected error|at .*\(.*\.ts:\d+/);
    });

    it('closes a socket that never says connection_init (4408)', async () => {
      const { closed } = await openRaw();
      const started = Date.now();
      expect((await closed).code).toBe(4408);
      expect(Date.now() - started).toBeLessThan(5000);
      await stillServes();
    });

    it('closes a socket that sends unmasked frames (1002)', async () => {
      const port = Number(new URL(target.url).port);
      const closeCode = await new Promise<number>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1', () =>
          socket.write(
            `GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
          ),
        );
        let got = Buffer.alloc(0);
        let upgraded = false;
        socket.on('data', (d) => {
          got = Buffer.concat([got, d]);
          if (!upgraded) {
            const end = got.indexOf('\r\n\r\n');
            if (end < 0) return;
            if (!got.subarray(0, 12).toString().includes('101')) return reject(new Error(got.toString()));
            upgraded = true;
            got = got.subarray(end + 4);
            socket.write(Buffer.from([0x81, 0x02, 0x7b, 0x7d])); // a text frame "{}" without the client's mask
          }
          // The server's close frame: 0x88, length, then the code.
          if (got.length >= 4 && got[0] === 0x88) {
            resolve(got.readUInt16BE(2));
            socket.destroy();
          }
        });
        socket.on('error', reject);
      });
      expect(closeCode).toBe(1002);
      await stillServes();
    });
  });

  describe('bounds', () => {
    it('refuses the 11th subscription of one socket with TOO_MANY_SUBSCRIPTIONS; the ten go on', async () => {
      const client = connect(planning.cookie);
      const feeds = Array.from({ length: 10 }, () => follow(client, { cycleId }));
      await new Promise((r) => setTimeout(r, 500));
      const eleventh = follow(client, { cycleId });
      await eleventh.until(() => eleventh.ended !== undefined);
      expect(eleventh.ended).toMatchObject([{ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: 10 } }]);
      expect((eleventh.ended as { message: string }[])[0].message).toMatch(/ \/ /);
      const draft = await saveDraft(shoko, kpi[3], '1');
      for (const feed of feeds) await feed.until(() => feed.events().some((e) => e.entityId === draft.id));
      expect(feeds.map((f) => f.ended)).toEqual(Array(10).fill(undefined));
      for (const feed of feeds) feed.stop();
      await stillServes();
    });

    it('refuses with 429 the 21st socket of one session, and lets one in again once one closes', async () => {
      const council2 = await signedIn('council2@example.jp');
      const open = [];
      for (let i = 0; i < 20; i++) open.push(await openRaw(council2.cookie!));
      expect(await upgradeStatus({ cookie: council2.cookie! })).toBe(429);
      await stillServes();
      open[0].socket.close();
      await open[0].closed;
      expect(await upgradeStatus({ cookie: council2.cookie! })).toBe(101);
      for (const { socket } of open) socket.close();
    });
  });

  describe('row 9: a socket ends with its session', () => {
    it('closes the socket of a user who signs out (4401) and delivers nothing written after', async () => {
      const [tab, other] = [await signedIn('shoko@example.jp'), await signedIn('shoko@example.jp')];
      const client = connect(tab.cookie);
      const closed = closeOf(client);
      const feed = follow(client, { cycleId });
      const stays = follow(connect(other.cookie), { cycleId });
      await new Promise((r) => setTimeout(r, 500));
      const before = await saveDraft(other, kpi[2], '10');
      await feed.until(() => feed.events().some((e) => e.entityId === before.id));
      const seen = feed.events().length;

      expect((await tab.gql(`mutation { signOut }`)).errors).toBeUndefined();
      const signedOutAt = Date.now();
      const after = await saveDraft(other, kpi[2], '11', before.version);
      const { code, reason, at } = await closed;
      console.info(`signed-out socket closed after ${at - signedOutAt} ms`);
      expect([code, reason]).toEqual([4401, expect.stringMatching(/Session ended/)]);
      expect(at - signedOutAt).toBeLessThan(3000);
      // The other tab of the same user still hears the write the signed-out one did not.
      await stays.until(() => stays.events().filter((e) => e.entityId === after.id).length === 2);
      expect(feed.events()).toHaveLength(seen);
      stays.stop();
      await stillServes();
    });

    it('closes, within the sweep, the socket of a user an administrator disables, with no write to wake it', async () => {
      const kanko = await signedIn('kanko@example.jp');
      const client = connect(kanko.cookie);
      const closed = closeOf(client);
      const feed = follow(client, { cycleId });
      await new Promise((r) => setTimeout(r, 500));
      const users = (await admin.gql(`{ users { id email } }`)).data.users as { id: string; email: string }[];
      const id = users.find((u) => u.email === 'kanko@example.jp')!.id;
      const disabled = await admin.gql(`mutation($id: ID!, $reason: String!) { disableUser(id: $id, reason: $reason) { id } }`, { id, reason: '異動のため' });
      expect(disabled.errors).toBeUndefined();
      const disabledAt = Date.now();
      const { code, at } = await closed;
      console.info(`disabled user's socket closed after ${at - disabledAt} ms`);
      expect(code).toBe(4401);
      expect(at - disabledAt).toBeLessThan(3500);
      expect(feed.events()).toEqual([]);
      await stillServes();
    });

    it('closes a socket whose cookie signs no one in, once its refusal is sent', async () => {
      const client = connect('kaizen_session=forged');
      const closed = closeOf(client);
      const feed = follow(client, { cycleId });
      await feed.until(() => feed.ended !== undefined);
      expect(feed.results[0].errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // Lazy client: with its one subscription refused it may have closed by itself (1000) first.
      expect([1000, 4401]).toContain((await closed).code);
      await stillServes();
    });
  });

  describe('row 10: only what the subscriber may read', () => {
    it('tells another department and the council of no draft, and of every hand-in and return; the department, 政策企画課 and admins of all', async () => {
      const who = ['shoko', 'kankyo', 'council', 'planning', 'admin'];
      const as = Object.fromEntries(await Promise.all(who.map(async (w) => [w, await signedIn(`${w}@example.jp`)] as const)));
      const from = (await planning.gql(SEQ, { id: cycleId })).data.reviewCycle.activitySeq as string;
      const feeds = Object.fromEntries(who.map((w) => [w, follow(connect(as[w].cookie), { cycleId, after: from })]));

      const draft = await saveDraft(as.shoko, kpi[0], '100');
      const input = { cycleId, measureId: measure[0], whatWasDone: '創業相談', issues: '課題', nextDirection: 'CONTINUE', selfGrade: 'B' };
      const report = (await as.shoko.gql(SAVE_REPORT, { input })).data.saveMeasureReport;
      const submitted = (await as.shoko.gql(SUBMIT_ACTUAL, { id: draft.id, v: draft.version })).data.submitActual;
      const returned = await as.planning.gql(RETURN_ACTUAL, { id: draft.id, v: submitted.version, reason: '出典を添付してください' });
      expect(returned.errors).toBeUndefined();
      await saveDraft(as.shoko, kpi[0], '101', returned.data.returnActual.version); // the returned actual, corrected: work in progress again
      const handedIn = await as.shoko.gql(SUBMIT_REPORT, { id: report.id, v: report.version });
      expect(handedIn.errors).toBeUndefined();

      const all = ['actual.save', 'measureReport.save', 'actual.submit', 'actual.return', 'actual.save', 'measureReport.submit'];
      const handedInOnly = ['actual.submit', 'actual.return', 'measureReport.submit'];
      const expected: Record<string, string[]> = { shoko: all, planning: all, admin: all, kankyo: handedInOnly, council: handedInOnly };
      for (const w of who) {
        const feed = feeds[w];
        // The last write is one everyone may read: once it is in, nothing earlier is still on its way.
        await feed.until(() => feed.events().some((e) => e.action === 'measureReport.submit'));
        expect([w, feed.events().map((e) => e.action)]).toEqual([w, expected[w]]);
        feed.stop();
      }
      const seqs = feeds.kankyo.events().map((e) => BigInt(e.seq));
      expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : 1)));

      // Replayed from the same position later: filtered the same way.
      const replay = follow(connect(as.council.cookie), { cycleId, after: from });
      await replay.until(() => replay.events().length === 3);
      expect(replay.events().map((e) => e.action)).toEqual(handedInOnly);
      replay.stop();
      await stillServes();
    });
  });
});
