#!/usr/bin/env node
// Dependency audit: known vulnerabilities in the production dependencies (npm audit).
// Fails on high or critical findings. When the advisory service cannot be reached (these
// machines reach the registry for packages only), it says so plainly and lists what was not
// checked, instead of pretending the dependencies are clean.
//
//   npm run audit
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(result.stdout || '{}');
} catch {
  report = {};
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const production = Object.keys(pkg.dependencies ?? {});

if (!report.metadata?.vulnerabilities) {
  const reason = report.message ?? report.error?.summary ?? (result.stderr || 'no answer').trim().split('\n')[0];
  console.log(`Dependency audit: the advisory database could not be reached (${reason}).`);
  console.log(`Not checked: ${production.length} production dependencies (${production.join(', ')}) and what they pull in.`);
  console.log('Run `npm run audit` where the npm advisory service is reachable.');
  process.exit(0);
}

const counts = report.metadata.vulnerabilities;
const findings = Object.values(report.vulnerabilities ?? {}).map((entry) => `${entry.name} (${entry.severity})${entry.fixAvailable ? ', fix available' : ''}`);
console.log(
  `Dependency audit of ${report.metadata.dependencies?.prod ?? production.length} production packages: ` +
    `${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low.`,
);
for (const finding of findings) console.log(`  - ${finding}`);
process.exit(counts.critical + counts.high > 0 ? 1 : 0);
