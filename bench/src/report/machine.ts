import { readFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** The packages whose versions a report names. */
const VERSIONED = [
  'express',
  'fastify',
  '@fastify/sensible',
  '@nestjs/core',
  '@nestjs/platform-express',
  '@nestjs/platform-fastify',
  'http-errors',
  '@hapi/boom',
  'autocannon',
  'mitata',
  '@httpwire/core',
  '@httpwire/express',
  '@httpwire/fastify',
  '@httpwire/nestjs',
];

function versionOf(name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(`${BENCH_DIR}node_modules/${name}/package.json`, 'utf8'));
    return String(manifest.version);
  } catch {
    return 'unknown';
  }
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  versions: string;
}

export function machineInfo(): MachineInfo {
  const [first] = cpus();
  return {
    cpu: first?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    versions: VERSIONED.map((name) => `${name}@${versionOf(name)}`).join(', '),
  };
}
