import { describe, expect, it, vi } from 'vitest';
import { renderOnce } from '../../src/lib/render-once';

describe('renderOnce', () => {
  it('renders shared content once for its expected uses, then forgets it', async () => {
    const render = vi.fn(async () => '<p>hoofdstuk</p>');
    expect(await renderOnce('chapter:a', render)).toBe('<p>hoofdstuk</p>');
    expect(await renderOnce('chapter:a', render)).toBe('<p>hoofdstuk</p>');
    expect(render).toHaveBeenCalledTimes(1);
    // After two uses the HTML is no longer held; a third page would render it again.
    await renderOnce('chapter:a', render);
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed rendering', async () => {
    const failing = vi.fn(async () => Promise.reject(new Error('kapot')));
    await expect(renderOnce('chapter:b', failing, 3)).rejects.toThrow('kapot');
    await expect(renderOnce('chapter:b', failing, 3)).rejects.toThrow('kapot');
    expect(failing).toHaveBeenCalledTimes(2);
  });
});
