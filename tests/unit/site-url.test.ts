import { describe, expect, it } from 'vitest';
import { chooseSiteUrl, EXAMPLE_SITE_URL, isPreviewSiteUrl, LOCAL_SITE_URL } from '../../src/lib/site-url';

describe('chooseSiteUrl', () => {
  it('refuses a production build without SITE_URL, and says what to set', () => {
    const choice = chooseSiteUrl({});
    expect(choice.ok).toBe(false);
    if (!choice.ok) expect(choice.problem).toMatch(/SITE_URL is not set\. Set SITE_URL to the address/);
  });

  it('refuses the example domain and a value that is not a web address', () => {
    expect(chooseSiteUrl({ SITE_URL: EXAMPLE_SITE_URL }).ok).toBe(false);
    expect(chooseSiteUrl({ SITE_URL: `${EXAMPLE_SITE_URL}/` }).ok).toBe(false);
    expect(chooseSiteUrl({ SITE_URL: 'playbook.gemeente.nl' }).ok).toBe(false);
    expect(chooseSiteUrl({ SITE_URL: 'ftp://playbook.gemeente.nl' }).ok).toBe(false);
  });

  it('takes a real address as it is, and does not call it a preview', () => {
    expect(chooseSiteUrl({ SITE_URL: 'https://playbook.gemeente.nl' })).toEqual({ ok: true, url: 'https://playbook.gemeente.nl', preview: false });
  });

  it('gives a local preview the documented local address, or what it sets, marked as a preview', () => {
    expect(chooseSiteUrl({ LOCAL_PREVIEW: '1' })).toEqual({ ok: true, url: LOCAL_SITE_URL, preview: true });
    expect(chooseSiteUrl({ LOCAL_PREVIEW: '1', SITE_URL: EXAMPLE_SITE_URL })).toEqual({ ok: true, url: EXAMPLE_SITE_URL, preview: true });
  });

  it('builds a local preview for the port npm start will serve it on', () => {
    expect(chooseSiteUrl({ LOCAL_PREVIEW: '1', PORT: '8080' })).toEqual({ ok: true, url: 'http://localhost:8080', preview: true });
    expect(chooseSiteUrl({ LOCAL_PREVIEW: '1', PORT: 'eighty' })).toEqual({ ok: true, url: LOCAL_SITE_URL, preview: true });
    expect(chooseSiteUrl({ LOCAL_PREVIEW: '1', PORT: '8080', SITE_URL: 'http://intranet.local' })).toEqual({ ok: true, url: 'http://intranet.local', preview: true });
    expect(chooseSiteUrl({ PORT: '8080' }).ok).toBe(false);
  });
});

describe('isPreviewSiteUrl', () => {
  it.each(['http://localhost:4321', 'http://127.0.0.1:4510', 'https://adviesplaybook.example', 'http://intranet.local', 'http://[::1]:8080'])('%s is a preview address', (url) => {
    expect(isPreviewSiteUrl(url)).toBe(true);
  });
  it.each(['https://playbook.gemeente.nl', 'https://intranet.bedrijf.com/playbook/'])('%s is a real address', (url) => {
    expect(isPreviewSiteUrl(url)).toBe(false);
  });
});
