#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --expose-gc --max-semi-space-size=4
// Runs the compiled CLI. `npm ci` (or `npm run build`) produces dist/.
// The interpreter line keeps the daemon small on a small machine: glibc's malloc limited to two
// arenas (the libuv and V8 threads would otherwise each grow one), young-generation spaces of
// 4 MB instead of up to 16, and the collector exposed so the daemon can collect between batches
// of a backlog (src/heap-budget.ts). Measured in the README's Performance section. `env -S` is
// GNU coreutils 8.30+ and BSD env; `node bin/ccpa-mailbot.js` also works, without them.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('ccpa-mailbot: dist/ is missing; run `npm ci` or `npm run build` first\n');
  process.exit(1);
}
// `ccpa-mailbot classify --json ... | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import(entry.href);
await main();
