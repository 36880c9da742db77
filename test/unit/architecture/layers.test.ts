/**
 * The map of the code in README.md ("Map of the code"), checked: every import in src/ points
 * down the list of layers or stays inside its own layer, and no two files need each other at run
 * time. A new folder must be given a layer here before anything may import it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../../src');

/** Highest first. A file may import from its own layer or any layer below it. */
const LAYERS: ReadonlyArray<{ layer: string; owns: readonly string[] }> = [
  { layer: 'cli', owns: ['cli/'] },
  { layer: 'root', owns: ['startup/', 'main.ts', 'daemon.ts', 'compose.ts', 'settings-from-config.ts', 'config.ts', 'config-fields.ts', 'config-sections.ts', 'heap-budget.ts', 'package-root.ts'] },
  { layer: 'ops', owns: ['ops/'] },
  { layer: 'jobs', owns: ['jobs/'] },
  { layer: 'ingest', owns: ['ingest/'] },
  { layer: 'inbound', owns: ['inbound/'] },
  { layer: 'digest', owns: ['digest/'] },
  { layer: 'staff', owns: ['staff/'] },
  { layer: 'workflow', owns: ['workflow/'] },
  { layer: 'mail', owns: ['mail/'] },
  { layer: 'store', owns: ['store/'] },
  { layer: 'pipeline', owns: ['pipeline/'] },
  { layer: 'shared', owns: ['shared/', 'logger.ts'] },
];

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'(\.{1,2}\/[^']+)'/gm;
const DYNAMIC = /import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const from = path.relative(SRC, file);
  const resolve = (spec: string) => path.relative(SRC, path.resolve(path.dirname(file), spec)).replace(/\.js$/, '.ts');
  const found: Import[] = [];
  for (const m of text.matchAll(IMPORT)) found.push({ from, to: resolve(m[2] ?? ''), typeOnly: m[1] !== undefined });
  for (const m of text.matchAll(DYNAMIC)) found.push({ from, to: resolve(m[1] ?? ''), typeOnly: false });
  return found;
}

function layerOf(file: string): number {
  const index = LAYERS.findIndex((l) => l.owns.some((o) => (o.endsWith('/') ? file.startsWith(o) : file === o)));
  return index;
}

const files = sourceFiles(SRC);
const imports = files.flatMap(importsOf).filter((i) => !i.to.startsWith('..'));

describe('the map of the code', () => {
  it('gives every source file a layer', () => {
    const unplaced = files.map((f) => path.relative(SRC, f)).filter((f) => layerOf(f) < 0 && !f.endsWith('.json'));
    expect(unplaced).toEqual([]);
  });

  it('has no import from a lower layer to a higher one', () => {
    const upward = imports
      .filter((i) => layerOf(i.to) >= 0 && layerOf(i.to) < layerOf(i.from))
      .map((i) => `${i.from} (${LAYERS[layerOf(i.from)]?.layer}) -> ${i.to} (${LAYERS[layerOf(i.to)]?.layer})`);
    expect(upward).toEqual([]);
  });

  it('keeps the pipeline stages pure: no database, network or file access below the edge', () => {
    const pure = files.map((f) => path.relative(SRC, f)).filter((f) => f.startsWith('pipeline/') || f.startsWith('shared/'));
    const impure = pure.filter((f) => /from '(knex|imapflow|nodemailer|node:fs|node:net|sqlite3|pg)'/.test(fs.readFileSync(path.join(SRC, f), 'utf8')));
    expect(impure).toEqual([]);
  });

  // Every query lives in src/store/ (README, "Map of the code"): elsewhere code calls repository
  // functions and holds a database handle only to pass it on. Opening a transaction is the one
  // thing an edge does with the handle itself (`db.transaction(...)`, then `commit`, `rollback`,
  // `isCompleted`; `destroy` when a command is done): the transaction says which effects commit
  // together (style habit 6), and every statement inside it is still a store function.
  it('keeps every query in the store: no knex, table call or raw SQL outside src/store/', () => {
    const QUERY_SHAPES: ReadonlyArray<[string, RegExp]> = [
      ['imports knex', /from\s+'knex'/],
      ['calls a table', /\b(?:db|trx)\s*(?:<[^>()]*>)?\s*\(\s*['"`]/i],
      ['uses the query builder', /\b(?:db|trx)\.(?!(?:transaction|commit|rollback|isCompleted|destroy)\b)[A-Za-z]+\s*\(/],
      ['writes raw SQL', /\.(?:raw|whereRaw|orWhereRaw|havingRaw|orderByRaw|joinRaw)\s*\(/],
    ];
    const outside = files.map((f) => path.relative(SRC, f)).filter((f) => !f.startsWith('store/'));
    const queries = outside.flatMap((f) => {
      const text = fs.readFileSync(path.join(SRC, f), 'utf8');
      return QUERY_SHAPES.filter(([, shape]) => shape.test(text)).map(([what]) => `${f} ${what}`);
    });
    expect(queries).toEqual([]);
  });

  it('lets the store import only types from the pipeline', () => {
    const valueImports = imports.filter((i) => i.from.startsWith('store/') && i.to.startsWith('pipeline/') && !i.typeOnly).map((i) => `${i.from} -> ${i.to}`);
    expect(valueImports).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const graph = new Map<string, string[]>();
    for (const i of imports) graph.set(i.from, [...(graph.get(i.from) ?? []), i.to]);
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const next of graph.get(f) ?? []) {
        if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of graph.keys()) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
