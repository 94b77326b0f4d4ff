#!/usr/bin/env node
// Sums JUnit XML reports (Maven Surefire / Failsafe): prints "TESTS PASSED FAILED SKIPPED".
// usage: node scripts/junit-summary.mjs DIR...   (reads DIR/TEST-*.xml)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

let tests = 0, failures = 0, errors = 0, skipped = 0;
for (const dir of process.argv.slice(2)) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)) {
    if (!/^TEST-.*\.xml$/.test(f)) continue;
    const xml = readFileSync(join(dir, f), 'utf8');
    const m = xml.match(/<testsuite\b[^>]*>/);
    if (!m) continue;
    const attr = (name) => Number((m[0].match(new RegExp(`\\s${name}="(\\d+)"`)) || [0, 0])[1]);
    tests += attr('tests'); failures += attr('failures'); errors += attr('errors'); skipped += attr('skipped');
  }
}
const failed = failures + errors;
console.log(`${tests} ${tests - failed - skipped} ${failed} ${skipped}`);
