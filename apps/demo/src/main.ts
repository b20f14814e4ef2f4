import { printWire } from './print-wire.js';
import { runHandler } from './run-handler.js';
import { SEED_EXAMPLES } from './seed-examples.js';

for (const example of SEED_EXAMPLES) {
  const wire = runHandler(
    example.handler,
    { method: example.method ?? 'GET', headers: example.headers ?? {} },
    example.options,
  );
  console.log(`── ${example.title} ${'─'.repeat(Math.max(0, 60 - example.title.length))}`);
  console.log(`${printWire(wire)}\n`);
}
