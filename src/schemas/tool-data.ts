import { z } from 'astro/zod';

/** Building blocks shared by the tools' data files (content/tools/<id>.yaml). */

export const text = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, `expected ${what}`);

/** Points one per line, e.g. what an intervention needs. */
export const points = (what: string, min: number, max: number) =>
  z
    .array(text(what), { error: `expected a list of ${what}s` })
    .min(min, `expected at least ${min} ${what}s`)
    .max(max, `expected at most ${max} ${what}s`);

/**
 * Reports every id in `ids` that repeats an earlier one, at `path(index)`. Ids are stored
 * on the device or referred to from elsewhere in the file, so each must be unique.
 */
export function repeatedIds(ctx: z.RefinementCtx, ids: readonly string[], what: string, path: (index: number) => (string | number)[]): void {
  const first = new Map<string, number>();
  ids.forEach((id, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else ctx.addIssue({ code: 'custom', path: path(index), message: `${what} id "${id}" repeats ${what} ${earlier + 1}; every ${what} needs its own id` });
  });
}

/** One of `known`, with a message that lists them. */
export const oneOf = <const T extends readonly [string, ...string[]]>(known: T, what: string) =>
  z.enum(known, { error: `expected ${what}: one of ${known.map((id) => `"${id}"`).join(', ')}` });
