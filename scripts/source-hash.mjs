// A build is redone only when its inputs changed: a hash of their paths and contents, kept in a stamp
// file inside the build's output (so deleting the output also forces a build).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SKIP = new Set(['node_modules', 'dist', '.vite']);

function listFiles(entry, out) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return; // an optional input (e.g. client/public) that does not exist
  }
  if (stat.isFile()) {
    out.push(entry);
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (!SKIP.has(name)) listFiles(path.join(entry, name), out);
  }
}

/** sha256 over the relative path and the bytes of every file under `inputs` (files or folders). */
export function hashInputs(root, inputs) {
  const hash = createHash('sha256');
  const files = [];
  for (const input of inputs) listFiles(path.join(root, input), files);
  for (const file of files) {
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function readStamp(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

export function writeStamp(file, hash) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${hash}\n`);
  fs.renameSync(temporary, file);
}
