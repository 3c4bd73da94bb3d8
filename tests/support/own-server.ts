/**
 * A static server of a test's own, on a free port, for tests that must take the network
 * away (stop it) or deploy another build on the same origin (start the next one on the same
 * port). Same code as npm start and the shared test servers (scripts/serve.mjs).
 */
import type { Server } from 'node:http';
import { serve } from '../../scripts/serve.mjs';

export interface OwnServer {
  /** http://127.0.0.1:<port><base> */
  url: string;
  port: number;
  /** The paths asked for so far, in order, from the page, its workers and the service worker alike. */
  requested: string[];
  stop(): Promise<void>;
}

export async function startServer(root: string, base = '/', port = 0): Promise<OwnServer> {
  const { server, url } = (await serve({ root, base, port })) as { server: Server; url: string };
  const requested: string[] = [];
  server.on('request', (request: { url?: string }) => requested.push(new URL(request.url ?? '/', url).pathname));
  return {
    url,
    requested,
    port: Number(new URL(url).port),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
