import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.js';

// The client's layout rule (issue 12, item 8): a feature builds on app/, ui/, gql/ and @kaizen/shared,
// not on another feature, so that one can be changed or moved without reading the others.
const features = path.join(repoRoot, 'client/src/features');

/**
 * What every feature may take from another. A feature's paths.ts is its public address (links between
 * pages are the web's own coupling); the viewer is the session the whole app shares; live/ is the one
 * subscription the pages follow the cycle with.
 */
const ALLOWED = [/^[a-z-]+\/paths$/, /^auth\/viewer$/, /^live\//];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every `feature -> other-feature/module` edge, from static and dynamic imports alike. */
function crossFeatureEdges(): Set<string> {
  const edges = new Set<string>();
  for (const file of sources(features)) {
    const from = path.relative(features, file).split(path.sep)[0];
    for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\()['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = path.relative(features, path.resolve(path.dirname(file), spec));
      if (target.startsWith('..')) continue; // app/, ui/, gql/
      const [to, ...rest] = target.split(path.sep);
      if (to === from) continue;
      const module = [to, ...rest].join('/');
      if (!ALLOWED.some((pattern) => pattern.test(module))) edges.add(`${from} -> ${module}`);
    }
  }
  return edges;
}

describe('client layout', () => {
  it('keeps features from importing one another, but for addresses, the viewer and live updates', () => {
    expect([...crossFeatureEdges()].sort(), 'imports between features: move what they share to client/src/ui/').toEqual([]);
  });

  it('keeps form primitives in ui/, not in a feature', () => {
    for (const name of ['TextField', 'TextForm', 'RadioGroup', 'SelectField', 'PasswordField', 'formError', 'PlainText']) {
      const found = sources(features).filter((file) => path.basename(file).replace(/\.tsx?$/, '') === name);
      expect(found.map((file) => path.relative(repoRoot, file)), name).toEqual([]);
    }
  });
});
