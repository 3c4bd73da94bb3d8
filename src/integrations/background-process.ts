/**
 * A Node process beside the build, for work the build can hand off while it renders pages
 * (link previews, QR codes): on a 2-core machine the second core does it. Shared by both, so
 * they start, lower and let go of their process the same way.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * The absolute path of a worker script, given from the project root (the build runs from a
 * bundle elsewhere), or undefined where the work stays in the build process: no such script,
 * or BUILD_WORKERS=0 (to compare, or where processes are scarce).
 */
export function backgroundWorker(path: string): string | undefined {
  const script = join(process.cwd(), path);
  return existsSync(script) && process.env.BUILD_WORKERS !== '0' ? script : undefined;
}

/**
 * Runs `script` (TypeScript: Node strips the types) with `args`, writes `input` to its stdin
 * and hands each line it prints to `onLine`. Resolves when the process has ended, however it
 * ended; the build never waits for it.
 */
export function runInBackground(script: string, args: readonly string[], input: string, onLine: (line: string) => void): Promise<void> {
  return new Promise((finished) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    // Lowest priority: the process uses a core the build leaves idle and never slows the build.
    try {
      if (child.pid) setPriority(child.pid, 19);
    } catch {
      // Already ended, or not allowed: it then runs at normal priority.
    }
    child.on('error', () => finished());
    child.on('exit', () => finished());
    createInterface({ input: child.stdout }).on('line', onLine);
    // Neither the process nor its pipe keeps a finished build waiting.
    child.unref();
    (child.stdout as unknown as { unref?: () => void }).unref?.();
    child.stdin.end(input);
  });
}
