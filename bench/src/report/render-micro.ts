import type { MicroResult } from '../micro/micro-result.js';
import { formatBytes, formatNs, formatOpsPerSecond, table } from './format.js';

export function renderMicroTable(results: readonly MicroResult[]): string {
  return table(
    ['group', 'case', 'time/op', 'ops/s', 'heap/op'],
    results.map((result) => [
      result.group,
      result.name,
      formatNs(result.nsPerOperation),
      formatOpsPerSecond(result.nsPerOperation),
      formatBytes(result.bytesPerOperation),
    ]),
  );
}
