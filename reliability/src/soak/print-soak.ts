import { type SoakResult, soakFailures } from './run-soak.js';

const COLUMNS: [string, (result: SoakResult) => string | number][] = [
  ['stack', (r) => r.stack],
  ['requests', (r) => r.requests],
  ['req/s', (r) => r.requestsPerSecond],
  ['unexpected statuses', (r) => r.unexpectedStatuses],
  ['socket errors', (r) => r.socketErrors],
  ['5xx / onError reports', (r) => `${r.errorStatuses} / ${r.reports}`],
  ['RSS after warm-up (MB)', (r) => r.rssAfterWarmupMb],
  ['RSS growth (MB)', (r) => r.rssGrowthMb],
  ['heap growth after GC (MB)', (r) => r.heapGrowthMb],
  ['open handles before → after', (r) => `${r.handlesBefore} → ${r.handlesAfter}`],
  ['verdict', (r) => soakFailures(r).join('; ') || 'pass'],
];

/** The soak's figures as a Markdown table. */
export function soakTable(results: readonly SoakResult[]): string {
  const rows = [
    COLUMNS.map(([name]) => name),
    ...results.map((result) => COLUMNS.map(([, cell]) => String(cell(result)))),
  ];
  return rows
    .flatMap((row, index) => {
      const line = `| ${row.join(' | ')} |`;
      return index === 0 ? [line, `|${row.map(() => '---').join('|')}|`] : [line];
    })
    .join('\n');
}
