import { describe, expect, it } from 'vitest';
import { orderedSink, sourcePathOf } from './search-index';

describe('sourcePathOf', () => {
  it('names the file as the Pagefind CLI would, under any base path', () => {
    expect(sourcePathOf('/', '/')).toBe('index.html');
    expect(sourcePathOf('/rol/vier-eigenschappen/', '/')).toBe('rol/vier-eigenschappen/index.html');
    expect(sourcePathOf('/playbook/rol/vier-eigenschappen/', '/playbook/')).toBe('rol/vier-eigenschappen/index.html');
    expect(sourcePathOf('/404.html', '/')).toBe('404.html');
    expect(sourcePathOf('/zelfscans/caf%C3%A9/', '/')).toBe('zelfscans/café/index.html');
  });
});

describe('orderedSink', () => {
  const later = (text: string, ms: number) => new Promise<string>((resolve) => setTimeout(() => resolve(text), ms));

  it('hands pages on in the order they started, whatever order they finish in', async () => {
    const delivered: string[] = [];
    const sink = orderedSink((pathname) => delivered.push(pathname));
    const first = sink.reserve();
    const second = sink.reserve();
    const third = sink.reserve();
    sink.add(third, '/c/', later('c', 1));
    sink.add(second, '/og/b.png', undefined);
    sink.add(first, '/a/', later('a', 20));
    expect(await sink.settled()).toBe(0);
    expect(delivered).toEqual(['/a/', '/c/']);
  });

  it('tells how many pages were held up by one that never arrived', async () => {
    const delivered: string[] = [];
    const sink = orderedSink((pathname) => delivered.push(pathname));
    sink.reserve();
    const second = sink.reserve();
    sink.add(second, '/b/', Promise.resolve('b'));
    expect(await sink.settled()).toBe(2);
    expect(delivered).toEqual([]);
  });
});
