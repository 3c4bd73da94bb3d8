import { z } from 'astro/zod';

const sitePath = z
  .string({ error: 'expected a site path such as "/rol/oude-naam/"' })
  .regex(/^\/([a-z0-9-]+\/)*(#[^\s#]+)?$/, 'expected a site path such as "/rol/oude-naam/" or "/rol/pagina/#oude-kop"');

/** One entry of content/redirects.yaml: an old address and where it lives now. */
const redirectSchema = z.strictObject({ from: sitePath, to: sitePath });

export const redirectsFileSchema = z.array(redirectSchema).superRefine((redirects, ctx) => {
  const seen = new Set<string>();
  redirects.forEach((redirect, index) => {
    if (seen.has(redirect.from)) ctx.addIssue({ code: 'custom', path: [index, 'from'], message: `"${redirect.from}" is redirected twice` });
    seen.add(redirect.from);
  });
});
