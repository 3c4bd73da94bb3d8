/** Vitest global setup: serves the root build (dist/, or TEST_DIST) for the journeys, like a static host. */
import { spawn } from 'node:child_process';
import { SITE_PORT, SITE_URL } from './ports';

async function answers(url: string) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

export default async function setup() {
  if (await answers(SITE_URL)) throw new Error(`Something already answers on ${SITE_URL}; set TEST_PORT to a free port.`);
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(SITE_PORT), OUT_DIR: process.env.TEST_DIST ?? 'dist', BASE_PATH: '/' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const started = Date.now();
  for (;;) {
    if (await answers(SITE_URL)) break;
    if (server.exitCode !== null) throw new Error(`scripts/serve.mjs exited (${server.exitCode}); is port ${SITE_PORT} free?`);
    if (Date.now() - started > 30_000) throw new Error(`${SITE_URL} did not answer within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return () => {
    server.kill();
  };
}
