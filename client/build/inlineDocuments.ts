import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Production builds put each `graphql(`…`)` document where it is written, as the parsed document
 * graphql-codegen generated for it (client/src/gql/graphql.ts), instead of looking it up at run
 * time in gql.ts's map of every document. A page's chunk then carries its own documents and the
 * first page loads none of the others' (what the client preset's babel/swc plugin does; Vite's
 * React plugin compiles with oxc, not babel). Dev keeps the map: codegen output reloads as is.
 */
export function inlineDocuments(gqlDir: string): Plugin {
  let bySource: Map<string, string>;
  return {
    name: 'kaizen:inline-graphql-documents',
    apply: 'build',
    buildStart() {
      bySource = readDocuments(gqlDir);
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const inlined = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, source: string) => {
        const document = bySource.get(source);
        if (!document) this.error(`${path.relative(process.cwd(), id)}: a graphql() document codegen does not know; run \`npm run codegen\``);
        return `(${document})`;
      });
      // The import of graphql() is then unused: drop it, so gql.ts's map of every document goes too.
      const withoutImport = /\bgraphql\(/.test(inlined) ? inlined : inlined.replace(/^import \{ graphql \} from '(?:\.\.?\/)+gql';\n/m, '');
      return { code: withoutImport, map: null };
    },
  };
}

/** Each document's source text (gql.ts's `documents` keys) → its parsed form (graphql.ts's JSON). */
function readDocuments(gqlDir: string): Map<string, string> {
  const parsed = new Map<string, string>();
  for (const line of fs.readFileSync(path.join(gqlDir, 'graphql.ts'), 'utf8').split('\n')) {
    const m = /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode</.exec(line);
    if (m) parsed.set(m[1], m[2]);
  }
  const gql = fs.readFileSync(path.join(gqlDir, 'gql.ts'), 'utf8');
  const map = gql.slice(gql.indexOf('const documents'), gql.indexOf('\n};', gql.indexOf('const documents')));
  const bySource = new Map<string, string>();
  for (const m of map.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
    const document = parsed.get(m[2]);
    if (!document) throw new Error(`client/src/gql/graphql.ts has no ${m[2]}: run \`npm run codegen\``);
    bySource.set(JSON.parse(m[1]) as string, document);
  }
  if (bySource.size === 0) throw new Error('client/src/gql/gql.ts lists no documents: run `npm run codegen`');
  return bySource;
}
