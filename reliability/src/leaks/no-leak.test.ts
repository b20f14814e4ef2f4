import { type RawResponse, rawRequest } from '@httpwire/conformance';
import { describe, expect, it } from 'vitest';
import { containsMarker } from '../support/contains-marker.js';
import { reportsSince } from '../support/stacks.js';
import { fuzzStacksForSuite } from '../support/suite-stacks.js';
import { LEAK_CASES, MARKER } from './leak-cases.js';

function wireText(response: RawResponse): string {
  const head = [response.statusLine, ...response.headers.map(([name, value]) => `${name}: ${value}`)].join('\r\n');
  return `${head}\r\n\r\n${response.body.toString('latin1')}`;
}

describe('no leaks', () => {
  let checks = 0;
  let leaks = 0;
  const stacks = fuzzStacksForSuite({
    suite: 'no-leak',
    figures: () => ({ hidingPlaces: LEAK_CASES.length, checks, leaks }),
  });

  for (const leak of LEAK_CASES) {
    it(`keeps the marker in ${leak.name} off the wire, and reports it ${leak.reports === 1 ? 'once' : 'never'}`, async () => {
      for (const stack of stacks) {
        const before = stack.reports.length;
        const response = await rawRequest(stack.port, leak.request);
        const reports = await reportsSince(stack, before, leak.reports);
        const carrying = reports.filter((report) => containsMarker(report.error, MARKER));
        checks += 1;
        if (wireText(response).includes(MARKER)) leaks += 1;
        expect(wireText(response), `${stack.name}: response bytes`).not.toContain(MARKER);
        expect(response.status, `${stack.name}: status`).toBeGreaterThanOrEqual(400);
        expect(carrying.length, `${stack.name}: onError calls carrying the marker`).toBe(leak.reports);
        expect(reports.length, `${stack.name}: onError calls`).toBe(leak.reports);
        for (const report of reports) expect(report.line, `${stack.name}: the log line`).not.toContain(MARKER);
      }
    });
  }
});
