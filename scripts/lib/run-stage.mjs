/**
 * Runs one stage of `npm test` (a command with its output on the terminal) and stops it
 * cleanly when the run is stopped. The child gets a process group of its own, so the
 * terminal's Ctrl+C reaches only this script, which passes one SIGINT on to the whole group:
 * Playwright answers SIGINT by stopping its web servers (it leaves them running on SIGTERM,
 * and then the next run finds ports 4510 and 4511 taken). A CI time limit's SIGTERM is passed
 * on as that same SIGINT; a second signal ends the group with SIGTERM.
 */
import { spawn } from 'node:child_process';

/** Exit codes of a run stopped by a signal, as a shell reports them. */
const STOPPED = { SIGINT: 130, SIGTERM: 143 };

let current;
let stopping;

function stopCurrent(signal) {
  const first = stopping === undefined;
  stopping ??= signal;
  if (!current) process.exit(STOPPED[signal]);
  try {
    process.kill(-current.pid, first ? 'SIGINT' : 'SIGTERM');
  } catch {
    // The group is already gone.
  }
}

let listening = false;
function listen() {
  if (listening) return;
  listening = true;
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopCurrent(signal));
}

/**
 * Resolves with the child's exit code. When the run was stopped, it exits this process (130
 * or 143) as soon as the child has finished stopping, so no later stage starts.
 */
export function runStage(command, args, options = {}) {
  listen();
  return new Promise((resolve) => {
    current = spawn(command, args, { stdio: 'inherit', detached: true, ...options });
    current.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      current = undefined;
      resolve(1);
    });
    current.on('close', (code) => {
      current = undefined;
      if (stopping) {
        console.error(`\nStopped (${stopping}); everything this run started has ended.`);
        process.exit(STOPPED[stopping]);
      }
      resolve(code ?? 1);
    });
  });
}
