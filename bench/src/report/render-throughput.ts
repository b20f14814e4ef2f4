import type { RouteId } from '../routes.js';
import { STACK_LABELS, type Stack, type Variant } from '../stacks.js';
import { median, spread } from '../stats.js';
import type { ThroughputSample } from '../throughput.js';
import { formatBytes, formatRate, formatRatio, table } from './format.js';
import { medianRate } from './ratios.js';

/** How each stack throws its 404 natively. */
const NATIVE_EXCEPTION: Record<Stack, string> = {
  raw: 'http-errors',
  fastify: '`httpErrors.notFound()`',
  'nest-fastify': '`NotFoundException`',
  express: '`next(createError(404))`',
  'nest-express': '`NotFoundException`',
  hono: '`HTTPException`',
};

function rate(samples: readonly ThroughputSample[], stack: Stack, variant: Variant, route: RouteId): number {
  return medianRate(samples, stack, { variant, route });
}

/** The table, with an httpwire row under each native one. */
export function renderThroughputTable(samples: readonly ThroughputSample[], stacks: readonly Stack[]): string {
  const rows = stacks.flatMap((stack) => {
    const direct = rate(samples, stack, 'native', 'direct404');
    const nativeThrow = rate(samples, stack, 'native', 'throw404');
    const wireThrow = rate(samples, stack, 'httpwire', 'throw404');
    return [
      [
        STACK_LABELS[stack],
        formatRate(rate(samples, stack, 'native', 'json')),
        '—',
        `${formatRate(nativeThrow)} (${NATIVE_EXCEPTION[stack]})`,
        formatRate(direct),
        formatRatio(nativeThrow / direct),
        formatRate(rate(samples, stack, 'native', 'crash')),
        formatRate(rate(samples, stack, 'native', 'text')),
      ],
      [
        `${STACK_LABELS[stack]} + httpwire`,
        formatRate(rate(samples, stack, 'httpwire', 'json')),
        formatRate(rate(samples, stack, 'httpwire', 'responseJson')),
        `${formatRate(wireThrow)} (\`NotFoundException\`)`,
        '—',
        `**${formatRatio(wireThrow / direct)}**`,
        formatRate(rate(samples, stack, 'httpwire', 'crash')),
        formatRate(rate(samples, stack, 'httpwire', 'text')),
      ],
    ];
  });
  return table(
    [
      'stack',
      '200 JSON',
      '200 JSON as an HttpResponse',
      '404 by throwing',
      '404 by a direct write',
      'throw / native direct',
      'unknown error → 500',
      'text + 2 cookies',
    ],
    rows,
  );
}

/** Every cell: spread over rounds, latency, bytes per response and failures. */
export function renderDetailTable(samples: readonly ThroughputSample[], stacks: readonly Stack[]): string {
  const rows: string[][] = [];
  for (const stack of stacks) {
    for (const variant of ['native', 'httpwire'] as const) {
      const routes = [
        ...new Set(samples.filter((s) => s.stack === stack && s.variant === variant).map((s) => s.route)),
      ];
      for (const route of routes) {
        const cell = samples.filter((s) => s.stack === stack && s.variant === variant && s.route === route);
        const rates = spread(cell.map((s) => s.requestsPerSecond));
        rows.push([
          STACK_LABELS[stack],
          variant,
          route,
          formatRate(rates.median),
          `${formatRate(rates.min)}–${formatRate(rates.max)}`,
          median(cell.map((s) => s.p99Ms)).toFixed(2),
          median(cell.map((s) => s.serverCpuMicrosPerRequest)).toFixed(1),
          formatBytes(median(cell.map((s) => s.bytesPerResponse))),
          String(cell.reduce((sum, s) => sum + s.failures, 0)),
        ]);
      }
    }
  }
  return table(
    [
      'stack',
      'variant',
      'route',
      'req/s median',
      'req/s min–max',
      'p99 ms',
      'server CPU µs/req',
      'bytes/response',
      'failures',
    ],
    rows,
  );
}
