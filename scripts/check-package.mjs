// Checks a published package the way users get it: packs it with pnpm (workspace: ranges resolved),
// then runs publint and attw on the tarball. Any error fails. Run from the package's folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const destination = mkdtempSync(join(tmpdir(), 'httpwire-pack-'));
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
try {
  run('npx', ['-y', 'pnpm@10.34.9', 'pack', '--pack-destination', destination]);
  const tarball = join(
    destination,
    readdirSync(destination).find((name) => name.endsWith('.tgz')),
  );
  run('npx', ['publint', '--strict', tarball]);
  run('npx', ['attw', tarball, '--profile', 'node16']);
} finally {
  rmSync(destination, { recursive: true, force: true });
}
