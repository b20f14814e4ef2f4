/**
 * Groups a wire header list (sorted, so repeated names are adjacent) into one entry per name, with an
 * array for repeated ones: the form Node's `setHeader` and Fastify's `reply.header` take.
 */
export function groupHeaders(headers: readonly [string, string][]): [string, string | string[]][] {
  const grouped: [string, string | string[]][] = [];
  for (let index = 0; index < headers.length; ) {
    const [name, value] = headers[index] as [string, string];
    let end = index + 1;
    while (end < headers.length && (headers[end] as [string, string])[0] === name) end++;
    grouped.push([name, end - index === 1 ? value : headers.slice(index, end).map(([, each]) => each)]);
    index = end;
  }
  return grouped;
}
