import {
  type CatalogueCase,
  comparable,
  differences,
  mergeDeclared,
  type RawResponse,
  send,
  snapshot,
  type WireSnapshot,
} from '@httpwire/conformance';
import type { Stack } from './stacks.js';

/** One catalogue case across every stack. */
export interface ComparisonRow {
  entry: CatalogueCase;
  responses: RawResponse[];
  /** Differences of each stack against the first, apart from what its runtime declares it owns; empty when all agree. */
  differences: string[];
  /** The stacks whose bytes differ from the first's only where their runtime declares it owns them. */
  declaredOnly: string[];
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
      const [first, ...others] = responses.map(snapshot) as [WireSnapshot, ...WireSnapshot[]];
      const found: string[] = [];
      const declaredOnly: string[] = [];
      others.forEach((other, index) => {
        const stack = stacks[index + 1] as Stack;
        const declared = mergeDeclared(stacks[0]?.declared, stack.declared);
        const remaining = differences(comparable(first, declared), comparable(other, declared));
        found.push(...remaining.map((text) => `${stack.name}: ${text}`));
        if (remaining.length === 0 && differences(first, other).length > 0) declaredOnly.push(stack.name);
      });
      rows.push({ entry, responses, differences: found, declaredOnly });
    }
    return rows;
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
}
