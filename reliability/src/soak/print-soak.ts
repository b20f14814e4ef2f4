import { type SoakResult, soakFailures } from './run-soak.js';

const COLUMNS: [string, (result: SoakResult) => string | number][] = [
  ['stack', (r) => r.stack],
  ['requests', (r) => r.requests],
  ['req/s', (r) => r.requestsPerSecond],
  ['unexpected statuses', (r) => r.unexpectedStatuses],
  ['socket errors', (r) => r.socketErrors],
  ['5xx seen / 5xx sent / onError reports', (r) => `${r.errorStatuses} / ${r.serverErrorStatuses} / ${r.reports}`],
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

/** The soak's totals for docs/reliability.md, with the per-stack table. */
export function soakFigures(results: readonly SoakResult[], seconds: number, warmupSeconds: number) {
  return {
    secondsPerStack: seconds,
    warmupSeconds,
    requests: results.reduce((sum, result) => sum + result.requests, 0),
    unexpectedStatuses: results.reduce((sum, result) => sum + result.unexpectedStatuses, 0),
    socketErrors: results.reduce((sum, result) => sum + result.socketErrors, 0),
    maxRssGrowthMb: Math.max(...results.map((result) => result.rssGrowthMb)),
    table: soakTable(results),
  };
}
