#!/usr/bin/env node
// Serves the production build on 127.0.0.1, the way a static host would: directory
// URLs get index.html, unknown paths the 404 page, everything under the base path.
//
//   PORT=4321 BASE_PATH=/playbook/ OUT_DIR=dist node scripts/serve.mjs
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Reads a Netlify-style _headers file: a path pattern ("/*", "/embed/*", "/exact/") on its
 * own line, followed by indented "Name: value" lines.
 * @returns {{ pattern: string, headers: Record<string, string> }[]}
 */
export function readHeadersFile(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length > 0) {
      const at = line.indexOf(':');
      if (at > 0) rules.at(-1).headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

function headersFor(rules, path) {
  const headers = {};
  for (const rule of rules) {
    const matches = rule.pattern.endsWith('*') ? path.startsWith(rule.pattern.slice(0, -1)) : path === rule.pattern;
    if (matches) Object.assign(headers, rule.headers);
  }
  return headers;
}

/**
 * Starts a static server and resolves with its URL once it listens. Headers from the
 * build's _headers file are applied, as a static host would.
 * @param {{ root?: string, base?: string, port?: number, headers?: Record<string, string> }} options
 */
export function serve({ root = 'dist', base = '/', port = 4321, headers = {} } = {}) {
  const rootDir = resolve(root);
  const basePath = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  if (!existsSync(join(rootDir, 'index.html'))) {
    throw new Error(`No build found in ${rootDir}: run "npm run build" first.`);
  }
  const rules = readHeadersFile(join(rootDir, '_headers'));

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    const send = (status, file) => {
      response.writeHead(status, {
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ...headersFor(rules, `/${pathname.slice(basePath.length)}`),
        ...headers,
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    };
    const notFound = () => {
      const page = join(rootDir, '404.html');
      if (existsSync(page)) send(404, page);
      else {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Niet gevonden');
      }
    };

    if (pathname === basePath.slice(0, -1)) {
      response.writeHead(301, { Location: basePath });
      response.end();
      return;
    }
    if (!pathname.startsWith(basePath)) return notFound();

    const relative = pathname.slice(basePath.length);
    const file = normalize(join(rootDir, relative));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) return notFound();

    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/${url.search}` });
        response.end();
        return;
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    if (existsSync(file)) return send(200, file);
    return notFound();
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({ server, url: `http://127.0.0.1:${actualPort}${basePath}` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url } = await serve({
    root: process.env.OUT_DIR ?? 'dist',
    base: process.env.BASE_PATH ?? '/',
    port: Number(process.env.PORT ?? 4321),
  });
  console.log(`\nServing the playbook at ${url} (stop with Ctrl+C)`);
}
