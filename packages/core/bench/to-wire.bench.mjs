// Serializer micro-benchmark. It measures the built package (run `pnpm build` first); it never passes or fails.
import { bench, do_not_optimize, group, run, summary } from 'mitata';
import { HttpResponse, NotFoundException, toWire } from '../dist/index.mjs';

const request = { method: 'GET', accept: '*/*' };
const notFound = new NotFoundException('No entity with the id "42" exists.');
const json = HttpResponse.json({ id: '1', name: 'Ada' });
const cookies = HttpResponse.text('Hello, World!', {
  headers: { Machin: 'Truc', 'Set-Cookie': ['chocolate', 'pecan'] },
});
const crash = new Error('secret: db password is hunter2');

group('exception construction', () => {
  summary(() => {
    bench('new Error()', () => do_not_optimize(new Error('x')));
    bench('new NotFoundException()', () => do_not_optimize(new NotFoundException('x')));
  });
});

group('toWire', () => {
  bench('throw path: new NotFoundException + toWire', () =>
    do_not_optimize(toWire(new NotFoundException('No entity with the id "42" exists.'), request)),
  );
  bench('toWire(NotFoundException)', () => do_not_optimize(toWire(notFound, request)));
  bench('toWire(HttpResponse.json)', () => do_not_optimize(toWire(json, request)));
  bench('toWire(text + 2 cookies)', () => do_not_optimize(toWire(cookies, request)));
  bench('toWire(foreign Error → 500)', () => do_not_optimize(toWire(crash, request)));
});

await run();
