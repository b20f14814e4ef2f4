import type { GrowthResult } from './growth.js';

/** docs/complexity.md: one row a path, its times at n, 4n and 16n, and its growth against the goal. */
export function renderComplexity(results: readonly GrowthResult[], date: Date): string {
  const rows = results.map((result) => {
    const [small, middle, large] = result.secondsPerRun.map(milliseconds);
    const verdict = result.growth <= result.goal ? 'within' : '**past**';
    return `| ${result.name} | ${result.n} | ${small} | ${middle} | ${large} | ×${result.growth.toFixed(1)} | ×${result.goal.toFixed(1)} | ${verdict} |`;
  });
  return `# Complexity

Every path whose work grows with a request, timed at n, 4n and 16n (the median of repeated runs, each size after
a warm-up run), by \`pnpm bench:complexity\` on ${date.toISOString().slice(0, 10)}. The goal for the growth from n
to 16n is an n log n path's, with half again for noise: 1.5 × 16 × log(16n) / log(n). A linear path grows about
×16; the quadratic reduction this replaced grew about ×250 (finding 1 of issue 20: 8 to 11 s at 32,000 items).

The unit tests guard the same paths without a clock: they count the steps taken at n and 16n
(\`packages/core/src/validation/complexity.test.ts\`, \`packages/client/src/hostile-upstream.test.ts\`).

| path | n | ms at n | ms at 4n | ms at 16n | growth | goal | |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${rows.join('\n')}
`;
}

function milliseconds(seconds: number): string {
  const ms = seconds * 1000;
  return ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0);
}
