// `pnpm start`: builds when the build is missing (run `pnpm build` after changing the code), then runs the production server.
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const built = existsSync('dist/node/server/main.js') && existsSync('dist/web/index.html');
if (!built) {
  console.log('No build found: building BooksWriter first…');
  execSync('pnpm build', { stdio: 'inherit' });
}
const child = spawn(process.execPath, ['dist/node/server/main.js'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
