import type { AllocationSample } from '../allocation.js';
import type { MicroResult } from '../micro/micro-result.js';
import type { Stack } from '../stacks.js';
import type { ThroughputSample } from '../throughput.js';
import type { MachineInfo } from './machine.js';

/** Everything one run measured, and how. */
export interface ReportInput {
  date: Date;
  machine: MachineInfo;
  pinning: string;
  settings: { rounds: number; connections: number; durationSeconds: number; warmupSeconds: number; seed: number };
  stacks: readonly Stack[];
  throughput: readonly ThroughputSample[];
  allocation: readonly AllocationSample[] | undefined;
  allocationRequests: number;
  micro: readonly MicroResult[] | undefined;
  /** Hand-written findings (bench/findings.md), placed at the end. */
  findings: string | undefined;
}
