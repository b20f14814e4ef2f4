// `pnpm bench`: throughput of every stack, server allocation and core micro-benchmarks, written to docs/benchmarks.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { measureAllocation } from './allocation.js';
import { type CpuPlan, pinLoadGenerator } from './cpu-pinning.js';
import { runMicro } from './micro/run-micro.js';
import { parseBenchOptions, USAGE } from './options.js';
import { machineInfo } from './report/machine.js';
import { renderReport } from './report/render-report.js';
import type { ReportInput } from './report/report-input.js';
import { measureThroughput } from './throughput.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

let options: ReturnType<typeof parseBenchOptions>;
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  log(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}

if (options.renderFrom !== undefined) {
  // Re-render a saved run (for example after editing bench/findings.md), measuring nothing.
  const saved = JSON.parse(readFileSync(options.renderFrom, 'utf8')) as ReportInput;
  const findings = existsSync(options.findings) ? readFileSync(options.findings, 'utf8') : undefined;
  writeReport(options.out, { ...saved, date: new Date(saved.date), findings });
  process.exit(0);
}

const cpu: CpuPlan = options.pin
  ? pinLoadGenerator()
  : { pinned: false, serverCpu: undefined, loadCpu: undefined, note: 'not pinned (--no-pin)' };
log(`httpwire bench: ${options.stacks.join(', ')}; ${cpu.note}`);
const throughput = await measureThroughput({
  stacks: options.stacks,
  rounds: options.rounds,
  connections: options.connections,
  durationSeconds: options.durationSeconds,
  warmupSeconds: options.warmupSeconds,
  serverCpu: cpu.serverCpu,
  seed: options.seed,
  log,
});
const allocation =
  options.allocationRequests === 0
    ? undefined
    : await measureAllocation({
        stacks: options.stacks,
        requests: options.allocationRequests,
        serverCpu: cpu.serverCpu,
        log,
      });
const micro = options.microTimeMs === 0 ? undefined : await runMicro(options.microTimeMs, cpu.serverCpu);

const input: ReportInput = {
  date: new Date(),
  machine: machineInfo(),
  pinning: cpu.note,
  settings: {
    rounds: options.rounds,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    warmupSeconds: options.warmupSeconds,
    seed: options.seed,
  },
  stacks: options.stacks,
  throughput,
  allocation,
  allocationRequests: options.allocationRequests,
  micro,
  findings: existsSync(options.findings) ? readFileSync(options.findings, 'utf8') : undefined,
};
writeFileSync(options.raw, JSON.stringify(input));
writeReport(options.out, input);

function writeReport(out: string, reportInput: ReportInput): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderReport(reportInput));
  log(`wrote ${out}`);
}
