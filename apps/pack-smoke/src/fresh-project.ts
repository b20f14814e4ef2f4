import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Runs a command; a failure says what the command printed, not only that it failed. */
async function run(command: string, args: string[], options: { cwd: string; timeout: number }): Promise<void> {
  try {
    await execFileAsync(command, args, options);
  } catch (error) {
    const { stdout = '', stderr = '', killed } = error as { stdout?: string; stderr?: string; killed?: boolean };
    const reason = killed ? `timed out after ${options.timeout / 1000} s` : 'failed';
    throw new Error(`${command} ${args.join(' ')} ${reason} in ${options.cwd}:\n${stdout}${stderr}`.trimEnd());
  }
}

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
  /** Where npm takes a transitive dependency from instead of the registry (the unpublished `@httpwire/node`). */
  overrides?: Record<string, string>;
  files: Record<string, string>;
}): Promise<FreshProject> {
  const directory = mkdtempSync(join(tmpdir(), 'httpwire-smoke-'));
  const manifest = {
    name: 'smoke',
    private: true,
    type: options.type,
    dependencies: options.dependencies,
    ...(options.overrides === undefined ? {} : { overrides: options.overrides }),
  };
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
