import type { SuiteFigures } from '../support/figures.js';

const TITLES: Readonly<Record<string, string>> = {
  fuzz: 'Fuzzed cross-stack identity',
  'no-leak': 'No leaks',
  'hostile-input': 'Hostile input',
  'hostile-output': 'Hostile output',
  faults: 'Faults',
  soak: 'Soak',
  'soak-smoke': 'Soak smoke (CI)',
};

/** docs/reliability.md: each suite's figures from its last run, and how to re-run them. */
export function reliabilityMarkdown(suites: readonly SuiteFigures[]): string {
  const lines = [
    '# Reliability',
    '',
    'Figures from the last run of each suite in `reliability/`. Regenerate this page with',
    '`npx -y pnpm@10.34.9 reliability` (every suite, the full 60 s soak, then this page).',
    '',
    '| suite | last run | stacks | figures |',
    '|---|---|---|---|',
  ];
  const ordered = Object.keys(TITLES)
    .map((name) => suites.find((suite) => suite.suite === name))
    .filter((suite): suite is SuiteFigures => suite !== undefined);
  for (const suite of ordered) {
    const figures = Object.entries(suite.figures)
      .filter(([name]) => name !== 'table')
      .map(([name, value]) => `${name}: ${value}`)
      .join(', ');
    lines.push(`| ${TITLES[suite.suite]} | ${suite.finishedAt} | ${suite.stacks.join(', ')} | ${figures} |`);
  }
  const soak = ordered.find((suite) => suite.suite === 'soak');
  if (soak !== undefined) lines.push('', '## Soak, per stack', '', String(soak.figures.table));
  lines.push('', WHAT_IS_CHECKED);
  return `${lines.join('\n')}\n`;
}

const WHAT_IS_CHECKED = `## What each suite checks

- **Fuzzed cross-stack identity** (\`src/fuzz\`, in CI): fast-check generates what a handler throws or returns
  (exceptions of any status with \`expose\`, \`details\`, causes and repeated headers; \`abort\`; responses with
  text, JSON, binary, streamed, failing or empty bodies; thrown strings, numbers, \`null\`, objects, circular
  objects, BigInt, errors with cause chains, http-errors and boom errors; returned objects and arrays, which
  each framework sends itself and which agree when the apps are configured alike, and unserializable ones), the
  method (GET, HEAD, POST) and the \`Accept\` header. Every case goes to the \`/fuzz\` route of all four example
  apps (mounted only with \`HTTPWIRE_FUZZ=1\`); the bytes must be identical (status line, headers, body, chunk
  boundaries, completeness) and the onError report count equal, and core's invariants must hold on the wire:
  a valid status line, token header names, no CR/LF/NUL in values, \`content-length\` matching the body, no
  body on HEAD/204/304, \`nosniff\` on errors, well-formed problems whose status and title match the status
  line, no secret unless an exposed exception carried it, and exactly one report per 5xx or failed stream.
  \`HTTPWIRE_FUZZ_RUNS=20000\` runs a longer hunt; a failure prints fast-check's shrunk counterexample and seed.
- **No leaks** (\`src/leaks\`, in CI): a marker in the message of an unexposed 5xx, a \`cause\`, unexposed
  \`details\`, a foreign error's message, stack and cause chain, http-errors and boom 5xx, thrown strings and
  objects (one claiming \`expose: true\`), circular objects, and request bodies the parser rejects. It never
  appears in any response byte on any stack; a 5xx reaches \`onError\` exactly once with the marker; a 4xx (the
  client's own mistake, such as a malformed body) is not reported, so the raw body never reaches a log.
- **Hostile input** (\`src/hostile\`, in CI): CR, LF and NUL in header names, values, \`Location\` and cookies,
  non-Latin-1 values and invalid statuses are \`TypeError\`s at construction, and reported 500s on the wire,
  never a split response; Latin-1 values go out as their byte; 5,000 cookies and 2,000 repeats of a header go
  out whole. Malformed, truncated, oversized, untyped and mistyped bodies, 10 KB and absurd \`Accept\`
  headers, invalid percent-encoding, headers over Node's 16 KB limit (a 431 problem), bytes that are not
  HTTP (a 400 problem), slow bodies and stalled ones each get a clear answer, identical on every stack, and
  the server keeps serving.
- **Faults** (\`src/faults\`, in CI): a client hanging up mid-stream (not reported), a stream failing mid-body
  (cut, reported once), an error thrown after the headers went out (cut, reported once), \`onError\` throwing,
  \`format\` throwing (the default 500 problem), unserializable return values; the next request succeeds.
- **Soak** (\`pnpm soak\`; a 10 s smoke in CI): each stack in its own process under autocannon on loopback
  (10 connections) with the route catalogue as a mix, errors included: zero unexpected statuses, zero socket
  errors, RSS growth after warm-up under 10 MB, open handles back to the baseline, and exactly one onError
  report per 5xx the server sent, both counted on the server once in-flight requests have drained (the load
  generator drops up to one response per connection when it stops, so its count is only a bound). Rejected bodies (which close the connection) and cut streams are left out of the mix, because
  autocannon pairs responses with the wrong requests after a reconnect; the hostile-input and faults suites
  cover them. The CI smoke judges statuses, socket errors, reports and handles, not RSS: one second is
  no warm-up, and V8 is still sizing its heap.
`;
