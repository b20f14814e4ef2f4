import { type RawRequest, type RawResponse, rawRequest } from '@httpwire/conformance';
import type { Stack } from './stacks.js';

/** The seed examples of `@httpwire/core`'s README, by number, and the example route that serves each. */
export const SEED_EXAMPLES: readonly { title: string; request: RawRequest }[] = [
  { title: '1. An exception when `Authorization` is missing', request: { method: 'GET', path: '/secure' } },
  { title: '2. Text', request: { method: 'GET', path: '/responses/text' } },
  { title: '2. XML', request: { method: 'GET', path: '/responses/xml' } },
  { title: '2. JSON', request: { method: 'GET', path: '/responses/json' } },
  { title: '2. Binary', request: { method: 'GET', path: '/responses/image' } },
  { title: '3. Extra and repeated headers', request: { method: 'GET', path: '/responses/headers' } },
  { title: '4. Direct construction', request: { method: 'GET', path: '/responses/direct' } },
  { title: '5. A named exception', request: { method: 'GET', path: '/entities/2' } },
  { title: '5. A custom exception', request: { method: 'GET', path: '/conflict' } },
  {
    title: '6. The `endpoints` status policy (a 418 becomes a 404)',
    request: { method: 'GET', path: '/legacy/teapot' },
  },
  { title: '7. `abort(204)`', request: { method: 'GET', path: '/results/none' } },
];

/** One response as it crossed the wire: status line, headers, and the body (binary bodies as their length). */
export function printResponse(response: RawResponse): string {
  const type = response.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  const textual = /^text\/|json|xml/.test(type) || response.body.length === 0;
  const body = textual ? response.body.toString('utf8') : `<${response.body.length} bytes of ${type}>`;
  return [response.statusLine, ...response.headers.map(([name, value]) => `${name}: ${value}`), '', body].join('\n');
}

/** Every seed example's full response, once, from one stack (all stacks send the same bytes, as the table shows). */
export async function printSeedExamples(stack: Stack): Promise<string> {
  const server = await stack.start();
  try {
    const sections: string[] = [`## The seed examples, as ${stack.name} sends them`];
    for (const { title, request } of SEED_EXAMPLES) {
      sections.push(
        `### ${title}: ${request.method} ${request.path}`,
        '```http',
        printResponse(await rawRequest(server.port, request)),
        '```',
      );
    }
    return sections.join('\n');
  } finally {
    await server.close();
  }
}
