/** A production build without a real SITE_URL stops before it builds, and says what to set. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function build(extra: Record<string, string>) {
  const env: Record<string, string | undefined> = { ...process.env, ...extra, OUT_DIR: '.tmp/site-url-guard' };
  if (!('SITE_URL' in extra)) delete env.SITE_URL;
  if (!('LOCAL_PREVIEW' in extra)) delete env.LOCAL_PREVIEW;
  return spawnSync(process.execPath, ['scripts/build.mjs'], { env, encoding: 'utf8', timeout: 60_000 });
}

describe('the SITE_URL guard of npm run build', () => {
  it('stops without SITE_URL and names the variable to set', () => {
    const result = build({});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The build stopped: SITE_URL is not set. Set SITE_URL to the address where the playbook will be hosted');
  });

  it('stops with the example domain', () => {
    const result = build({ SITE_URL: 'https://adviesplaybook.example' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SITE_URL is the example address https://adviesplaybook.example, which leads nowhere.');
  });
});
