import type { z } from 'astro/zod';

/**
 * Turns zod issues into one message an editor can act on:
 *
 *   content/parts.yaml: part 2, field "title": expected a title
 */
export function describeIssues(file: string, issues: readonly z.core.$ZodIssue[], itemLabel = 'item'): string {
  const lines = issues.map((issue) => {
    const path = [...issue.path];
    const where: string[] = [];
    if (typeof path[0] === 'number') where.push(`${itemLabel} ${(path.shift() as number) + 1}`);
    if (path.length > 0) where.push(`field "${path.join('.')}"`);
    return `${file}: ${where.length ? `${where.join(', ')}: ` : ''}${issue.message}`;
  });
  return lines.join('\n');
}

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}
