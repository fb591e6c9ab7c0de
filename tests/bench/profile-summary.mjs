// Top self-time entries of a .cpuprofile (node --cpu-prof), by function and file, in % of samples.
import fs from 'node:fs';

const profile = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map();
for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
let total = 0;
for (const [id, n] of counts) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const file = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/work\/main\//, '');
  const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + n);
  total += n;
}
const pkg = new Map();
for (const [key, n] of self) {
  const file = key.split(' ')[1] ?? '';
  const group = file.startsWith('@') ? file.split('/').slice(0, 2).join('/') : file.includes('/') ? file.split('/')[0] : key.split(' ')[0];
  pkg.set(group, (pkg.get(group) ?? 0) + n);
}
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([key, n]) => `${((n / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
console.log(`${total} samples\n-- by function --\n${top(self, Number(process.argv[3] ?? 20)).join('\n')}\n-- by package --\n${top(pkg, 15).join('\n')}`);
