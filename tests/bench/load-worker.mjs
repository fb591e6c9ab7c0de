// The load generator, in a worker thread so that its own work does not share the server's event
// loop: `concurrency` clients send the same POST again and again, each waiting for its answer.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { url, body, headers, concurrency, requests, durationMs, writes } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const target = new URL(url);

// `writes`: each client saves its own indicator's actual again and again (saveActual), passing the
// version the last answer gave, so that no two clients conflict.
const SAVE = 'mutation($input: SaveActualInput!) { saveActual(input: $input) { id version } }';
function bodyOf(i, n) {
  if (!writes) return { body, headers };
  const w = writes.writers[i];
  const input = { cycleId: writes.cycleId, indicatorId: w.indicatorId, value: String(n % 100), expectedVersion: w.version };
  return { body: JSON.stringify({ query: SAVE, variables: { input } }), headers: { cookie: w.cookie } };
}

function once(i, n) {
  const { body, headers } = bodyOf(i, n);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          if (res.statusCode !== 200 || text.includes('"errors"')) reject(new Error(`${res.statusCode}: ${text.slice(0, 300)}`));
          else {
            if (writes) writes.writers[i].version = JSON.parse(text).data.saveActual.version;
            resolve({ ms: performance.now() - started, bytes: text.length });
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const latencies = [];
let bytes = 0;
const started = performance.now();
const deadline = started + durationMs;
let sent = 0;
async function client(_, i) {
  while (sent < requests && performance.now() < deadline) {
    sent += 1;
    const r = await once(i, sent);
    latencies.push(r.ms);
    bytes = r.bytes;
  }
}
try {
  await Promise.all(Array.from({ length: concurrency }, client));
  parentPort.postMessage({ latencies, elapsedMs: performance.now() - started, bytes });
} catch (error) {
  parentPort.postMessage({ error: String(error) });
}
agent.destroy();
