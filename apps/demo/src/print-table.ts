import type { RawResponse } from '@httpwire/conformance';
import type { ComparisonRow } from './compare-stacks.js';
import type { Stack } from './stacks.js';

function cell(response: RawResponse): string {
  const type = response.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '—';
  return `${response.status} ${type.replace('application/', 'app/')} ${response.body.byteLength}B${response.complete ? '' : ' cut'}`;
}

/**
 * Renders the comparison as a Markdown table (case, each stack's status, content type and body length, identical
 * or not), then each stack's identity figures against the first: byte for byte, and apart from the differences
 * its runtime declares, each listed with its reason.
 */
export function printTable(stacks: readonly Stack[], rows: readonly ComparisonRow[]): string {
  const names = stacks.map((stack) => stack.name);
  const lines = [
    `| case | ${names.join(' | ')} | identical |`,
    `|---|${names.map(() => '---|').join('')}---|`,
    ...rows.map((row) => `| ${row.entry.name} | ${row.responses.map(cell).join(' | ')} | ${verdict(row)} |`),
  ];
  const identical = rows.filter((row) => row.differences.length === 0).length;
  lines.push('', `${identical}/${rows.length} cases identical across ${names.join(', ')}`);
  for (const stack of stacks.slice(1)) {
    const differing = rows.filter((row) => row.differences.some((text) => text.startsWith(`${stack.name}: `))).length;
    const declaredOnly = rows.filter((row) => row.declaredOnly.includes(stack.name)).length;
    const figures = `${rows.length - differing - declaredOnly}/${rows.length} byte for byte`;
    const declared = Object.entries(stack.declared ?? {}).filter(([, reason]) => reason !== undefined);
    if (declared.length === 0) lines.push(`- ${stack.name}: ${figures}`);
    else {
      lines.push(
        `- ${stack.name}: ${figures}, ${rows.length - differing}/${rows.length} apart from its declared differences:`,
      );
      for (const [aspect, reason] of declared) lines.push(`  - ${aspect}: ${reason}`);
    }
  }
  for (const row of rows) {
    for (const difference of row.differences) lines.push(`- ${row.entry.name}: ${difference}`);
  }
  return lines.join('\n');
}

function verdict(row: ComparisonRow): string {
  if (row.differences.length > 0) return '**NO**';
  return row.declaredOnly.length === 0 ? 'yes' : `yes (declared: ${row.declaredOnly.join(', ')})`;
}
