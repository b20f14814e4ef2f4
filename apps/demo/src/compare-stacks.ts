import { type CatalogueCase, differences, type RawResponse, send, snapshot } from '@httpwire/conformance';
import type { Stack } from './stacks.js';

/** One catalogue case across every stack. */
export interface ComparisonRow {
  entry: CatalogueCase;
  responses: RawResponse[];
  /** Differences of each stack against the first, empty when all are identical. */
  differences: string[];
}

/** Starts every stack, sends each case to each, and compares the bytes. Stacks are stopped afterwards. */
export async function compareStacks(
  stacks: readonly Stack[],
  cases: readonly CatalogueCase[],
): Promise<ComparisonRow[]> {
  const servers = await Promise.all(stacks.map((stack) => stack.start()));
  try {
    const rows: ComparisonRow[] = [];
    for (const entry of cases) {
      const responses: RawResponse[] = [];
      for (const server of servers) responses.push(await send(server.port, entry));
      const [first, ...others] = responses.map(snapshot);
      const found = others.flatMap((other, index) =>
        differences(first as ReturnType<typeof snapshot>, other).map((text) => `${stacks[index + 1]?.name}: ${text}`),
      );
      rows.push({ entry, responses, differences: found });
    }
    return rows;
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
}
