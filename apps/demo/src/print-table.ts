import type { RawResponse } from '@httpwire/conformance';
import type { ComparisonRow } from './compare-stacks.js';

function cell(response: RawResponse): string {
  const type = response.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '—';
  return `${response.status} ${type.replace('application/', 'app/')} ${response.body.byteLength}B${response.complete ? '' : ' cut'}`;
}

/** Renders the comparison as a Markdown table: case, each stack's status, content type and body length, identical or not. */
export function printTable(stackNames: readonly string[], rows: readonly ComparisonRow[]): string {
  const lines = [
    `| case | ${stackNames.join(' | ')} | identical |`,
    `|---|${stackNames.map(() => '---|').join('')}---|`,
    ...rows.map(
      (row) =>
        `| ${row.entry.name} | ${row.responses.map(cell).join(' | ')} | ${row.differences.length === 0 ? 'yes' : '**NO**'} |`,
    ),
  ];
  const identical = rows.filter((row) => row.differences.length === 0).length;
  lines.push('', `${identical}/${rows.length} cases identical across ${stackNames.join(', ')}`);
  for (const row of rows) {
    for (const difference of row.differences) lines.push(`- ${row.entry.name}: ${difference}`);
  }
  return lines.join('\n');
}
