// Adds up every package's vitest JSON report into one closing line: "N passed, N failed".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
const packageDirs = ['bench', 'reliability'];
for (const group of ['packages', 'apps']) {
  if (existsSync(group)) for (const name of readdirSync(group)) packageDirs.push(join(group, name));
}
for (const dir of packageDirs) {
  const report = join(dir, 'test-results', 'vitest.json');
  if (!existsSync(report)) continue;
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(report, 'utf8'));
  passed += numPassedTests;
  failed += numFailedTests;
  skipped += numPendingTests + numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
