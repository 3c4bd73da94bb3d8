#!/usr/bin/env node
// The service worker step on its own, for an output folder changed after the build (the
// offline test re-indexes a copy). Environment as scripts/build.mjs: OUT_DIR (default dist), BASE_PATH.
import { normaliseBase } from '../src/lib/base-path.ts';
import { writeServiceWorker } from '../src/integrations/service-worker.ts';

const { warnings, summary } = await writeServiceWorker({
  outDir: process.env.OUT_DIR ?? 'dist',
  base: normaliseBase(process.env.BASE_PATH),
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(summary);
