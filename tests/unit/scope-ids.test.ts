import { describe, expect, it } from 'vitest';
import { scopeIds } from '../../src/lib/scope-ids';

describe('scoping ids for the whole-playbook page', () => {
  it('prefixes ids and every reference to them', () => {
    const html =
      '<h2 id="doel">Doel</h2><a href="#doel">x</a><a href="/rol/">y</a><svg aria-labelledby="t d"><title id="t">T</title><desc id="d">D</desc></svg><label for="v">v</label>';
    expect(scopeIds(html, 'rol-x--')).toBe(
      '<h2 id="rol-x--doel">Doel</h2><a href="#rol-x--doel">x</a><a href="/rol/">y</a><svg aria-labelledby="rol-x--t rol-x--d"><title id="rol-x--t">T</title><desc id="rol-x--d">D</desc></svg><label for="rol-x--v">v</label>',
    );
  });

  it('shifts heading levels, never past h6', () => {
    expect(scopeIds('<h2 class="a">A</h2><h3>B</h3><h5>C</h5>', 'p-', 2)).toBe('<h4 class="a">A</h4><h5>B</h5><h6>C</h6>');
  });
});
