import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A project outside the workspace, installed with npm from tarballs and the registry. */
export interface FreshProject {
  directory: string;
  /** Whether `node_modules/<name>` exists. */
  has(name: string): boolean;
}

/**
 * Creates a project in a temporary folder, writes its files, and installs its dependencies with npm
 * (the npm cache makes later runs fast).
 */
export async function freshProject(options: {
  type: 'module' | 'commonjs';
  dependencies: Record<string, string>;
  files: Record<string, string>;
}): Promise<FreshProject> {
  const directory = mkdtempSync(join(tmpdir(), 'httpwire-smoke-'));
  const manifest = { name: 'smoke', private: true, type: options.type, dependencies: options.dependencies };
  writeFileSync(join(directory, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const [name, text] of Object.entries(options.files)) writeFileSync(join(directory, name), text);
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: directory,
    timeout: 200_000,
  });
  return { directory, has: (name) => existsSync(join(directory, 'node_modules', name)) };
}

/** Runs a command in the project (e.g. `npx tsc`). */
export async function runIn(project: FreshProject, command: string, args: string[]): Promise<void> {
  await run(command, args, { cwd: project.directory, timeout: 120_000 });
}
