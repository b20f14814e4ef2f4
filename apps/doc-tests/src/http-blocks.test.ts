import { fileURLToPath } from 'node:url';
import {
  httpBlockMismatches,
  markdownBlocks,
  rawRequest,
  requestOfBlock,
  type StartedProcess,
  startProcess,
} from '@httpwire/conformance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot, markdownFiles } from './workspace.js';

const blocks = markdownFiles()
  .flatMap((file) => markdownBlocks(file))
  .filter((block) => block.lang === 'http');
/** A quick start's blocks are checked against the quick start itself, installed from the tarballs (`apps/pack-smoke`). */
const exampleBlocks = blocks.filter((block) => block.attributes.quickstart === undefined);
const origin = (block: (typeof blocks)[number]) => `${fromRoot(block.file)}:${block.line}`;

describe('every http block says which request gets it', () => {
  it.each(blocks.map((block) => [origin(block), block] as const))('%s', (_origin, block) => {
    expect(
      block.attributes.request ?? block.attributes.quickstart,
      'a <!-- doc-test request … --> comment',
    ).toBeDefined();
    expect(block.hidden, 'the request line').toMatch(/^[A-Z]+ \/\S* HTTP\/1\.1/);
  });
});

describe.each(['express', 'fastify'])('every http block shows the bytes the %s example sends', (stack) => {
  let app: StartedProcess;
  beforeAll(async () => {
    const directory = fileURLToPath(new URL(`../../${stack}-example`, import.meta.url));
    app = await startProcess(directory, { HOST: '127.0.0.1', PORT: '0' });
  });
  afterAll(() => app?.stop());

  it.each(exampleBlocks.map((block) => [origin(block), block] as const))('%s', async (_origin, block) => {
    const response = await rawRequest(app.port, requestOfBlock(block.hidden));
    expect(httpBlockMismatches(block.code, response)).toEqual([]);
  });
});
