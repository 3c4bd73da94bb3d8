#!/usr/bin/env node
// Updates content/published-urls.json from the current build: adds new pages and section
// anchors, keeps every earlier entry (published URLs are forever), and stops with the list
// of problems when something published has disappeared without a redirect.
//
//   npm run urls:update        (builds first)
import { readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { manifestProblems, redirectProblems, type Redirect, type UrlManifest, updatedManifest } from '../src/lib/url-manifest.ts';
import { readBuiltSite } from './lib/built-site.ts';

const manifestFile = 'content/published-urls.json';
const outDir = process.env.OUT_DIR ?? 'dist';
const previous = JSON.parse(readFileSync(manifestFile, 'utf8')) as UrlManifest;
const redirects = (yaml.load(readFileSync('content/redirects.yaml', 'utf8')) ?? []) as Redirect[];
const site = readBuiltSite(outDir);

const problems = [...redirectProblems(redirects, site), ...manifestProblems(previous, site, redirects)];
if (problems.length > 0) {
  console.error(`The manifest was not updated:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
const next = updatedManifest(previous, site, redirects);
writeFileSync(manifestFile, `${JSON.stringify(next, null, 2)}\n`);
const count = (manifest: UrlManifest) => Object.values(manifest).reduce((total, anchors) => total + anchors.length, 0);
console.log(`${manifestFile}: ${Object.keys(next).length} pages (${Object.keys(next).length - Object.keys(previous).length} new), ${count(next)} section anchors (${count(next) - count(previous)} new).`);
