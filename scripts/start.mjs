// `pnpm start`: builds when the build is missing (run `pnpm build` after changing the code), then runs the production server.
// `node scripts/start.mjs ENTRY` runs another entry instead (tests run the TypeScript one under `--import tsx`).
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const entry = process.argv[2] ?? 'dist/node/server/main.js';
const built = process.argv[2] !== undefined || (existsSync(entry) && existsSync('dist/web/index.html'));
if (!built) {
  console.log('No build found: building BooksWriter first…');
  execSync('pnpm build', { stdio: 'inherit' });
}
const child = spawn(process.execPath, [...process.execArgv, entry], { stdio: 'inherit' });
// Ctrl+C reaches the server through its process group as well; it takes any number of signals as one
// shutdown, so passing them on is harmless and covers a signal sent to this process alone. Handling
// them here also keeps this process alive until the server has finished shutting down.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
