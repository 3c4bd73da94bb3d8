/**
 * Published URLs never break: every page and section anchor in content/published-urls.json
 * still exists in the build, or content/redirects.yaml says where it went, and each redirect
 * page sends the reader to an existing place. `npm run urls:update` adds new pages.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { manifestProblems, type Redirect, redirectProblems, type UrlManifest } from '../../src/lib/url-manifest';
import { readBuiltSite } from '../../scripts/lib/built-site';

const manifest = JSON.parse(readFileSync('content/published-urls.json', 'utf8')) as UrlManifest;
const redirects = (yaml.load(readFileSync('content/redirects.yaml', 'utf8')) ?? []) as Redirect[];

describe('published URLs', () => {
  const site = readBuiltSite('dist');

  it('lists the pages of the playbook', () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(30);
  });

  it('still has every published page and section, or a declared redirect for it', () => {
    expect(manifestProblems(manifest, site, redirects)).toEqual([]);
  });

  it('declares only redirects that lead somewhere and replace something gone', () => {
    expect(redirectProblems(redirects, site)).toEqual([]);
  });

  it('has every built page in the manifest (run `npm run urls:update` after adding pages)', () => {
    expect([...site.pages.keys()].filter((path) => !(path in manifest))).toEqual([]);
  });
});
