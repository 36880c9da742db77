#!/usr/bin/env node
// Runs the compiled CLI. `npm ci` (or `npm run build`) produces dist/.
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
