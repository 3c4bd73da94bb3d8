/**
 * A stopped `npm test` stops what it started: scripts/lib/run-stage.mjs passes the stop on to
 * the running stage as SIGINT (Playwright then stops its web servers) and ends only after it.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const runStage = pathToFileURL(resolve('scripts/lib/run-stage.mjs')).href;

/** A stage that, like Playwright, tidies up on SIGINT (it takes a moment) and says which signal it got. */
const STAGE = `
  process.on('SIGINT', () => { console.log('stage: SIGINT, tidying up'); setTimeout(() => { console.log('stage: done'); process.exit(130); }, 300); });
  process.on('SIGTERM', () => { console.log('stage: SIGTERM'); process.exit(143); });
  console.log('stage: ready ' + process.pid);
  setInterval(() => {}, 1000);
`;

function startRun() {
  const script = `import { runStage } from ${JSON.stringify(runStage)};
    await runStage(process.execPath, ['-e', ${JSON.stringify(STAGE)}]);
    console.log('next stage started');`;
  const run = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise<number>((resolveReady) => {
    run.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/stage: ready (\d+)/);
      if (match) resolveReady(Number(match[1]));
    });
  });
  run.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolveExit) => run.on('close', (code) => resolveExit(code)));
  return { run, ready, exit, output: () => output };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('a stopped test run', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('on %s passes SIGINT to the stage, waits until it has tidied up, and starts nothing after it', async (signal, code) => {
    const { run, ready, exit, output } = startRun();
    const stagePid = await ready;
    run.kill(signal);
    expect(await exit).toBe(code);
    expect(output()).toContain('stage: SIGINT, tidying up');
    expect(output()).toContain('stage: done');
    expect(output()).not.toContain('next stage started');
    expect(alive(stagePid)).toBe(false);
  });
});
