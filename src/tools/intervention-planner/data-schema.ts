import { z } from 'astro/zod';
import { INTERVENTION_IDS, type InterventionContent } from './intervention-planner';
import { oneOf, points, repeatedIds, text } from '../../schemas/tool-data';

/**
 * The intervention planner's content: `content/tools/intervention-planner.yaml`. The five
 * interventions you can choose, the sixth ("combineer ze") that is the plan's own check,
 * which pairs strengthen each other and why, and the words that name a group rather than
 * one person. Example:
 *
 *   interventions:
 *     - id: gedrag
 *       number: 1
 *       name: Benoem het gewenste gedrag
 *       needs: [Drie tot vijf gedragingen die je kunt zien., …]
 *   combine: { number: 6, name: 'Combineer ze: en, en, en', summary: …, needs: [ … ] }
 *   reinforcements:
 *     - between: [gedrag, training]
 *       why: De training oefent precies het gedrag dat jullie benoemd hebben.
 *   groupOwners: [iedereen, het team, hr]
 *
 * The ids are fixed (src/tools/intervention-planner/intervention-planner.ts): saved plans
 * store them, and the plan check knows "gedrag" (always needed) and "training" (never
 * enough alone). Every text around them is the editor's.
 */

const interventionId = oneOf(INTERVENTION_IDS, 'an intervention id');

const interventionSchema = z.strictObject({
  id: interventionId,
  /** Its number in the chapter's figure, 1 to 5. */
  number: z.number({ error: 'expected a whole number' }).int('expected a whole number'),
  name: text('a name'),
  /** What the intervention needs to work: two or three short points. */
  needs: points('need', 2, 3),
});

export const dataSchema = z
  .strictObject({
    interventions: z.array(interventionSchema, { error: 'expected a list of interventions' }),
    /** The sixth intervention: not a box to tick, the check of the plan as a whole. */
    combine: z.strictObject({
      number: z.number({ error: 'expected a whole number' }).int('expected a whole number'),
      name: text('a name'),
      /** Follows the name in the explanation's list: "…: de zesde is geen losse maatregel, …". */
      summary: text('one sentence on why the sixth is not a separate measure'),
      needs: points('need', 2, 3),
    }),
    /** Pairs that strengthen each other; each pair once, read both ways. */
    reinforcements: z.array(
      z.strictObject({
        between: z.tuple([interventionId, interventionId], { error: 'expected two intervention ids, such as [gedrag, training]' }),
        /** Why the two strengthen each other, in one sentence. */
        why: text('one sentence on why the two strengthen each other'),
      }),
      { error: 'expected a list of reinforcing pairs' },
    ),
    /** Step owners that are a group, not a person; compared ignoring case and full stops. */
    groupOwners: z.array(text('a word such as "iedereen"'), { error: 'expected a list of words' }).min(1, 'expected at least one word'),
  })
  .superRefine((content, ctx) => {
    const ids = content.interventions.map((intervention) => intervention.id);
    repeatedIds(ctx, ids, 'intervention', (index) => ['interventions', index, 'id']);
    for (const id of INTERVENTION_IDS) {
      if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['interventions'], message: `intervention "${id}" is missing; saved plans and the plan check need all of ${INTERVENTION_IDS.join(', ')}` });
    }
    content.interventions.forEach((intervention, index) => {
      if (intervention.number !== index + 1) ctx.addIssue({ code: 'custom', path: ['interventions', index, 'number'], message: `expected ${index + 1}: interventions are numbered 1, 2, 3 … in the order of the list` });
    });
    if (content.combine.number !== content.interventions.length + 1) {
      ctx.addIssue({ code: 'custom', path: ['combine', 'number'], message: `expected ${content.interventions.length + 1}: the sixth comes after the other interventions` });
    }
    const pairs = new Map<string, number>();
    content.reinforcements.forEach(({ between: [a, b] }, index) => {
      if (a === b) ctx.addIssue({ code: 'custom', path: ['reinforcements', index, 'between'], message: `"${a}" is named twice; a pair needs two different interventions` });
      const key = [a, b].sort().join('+');
      const earlier = pairs.get(key);
      if (earlier !== undefined) ctx.addIssue({ code: 'custom', path: ['reinforcements', index, 'between'], message: `the pair ${a} + ${b} repeats pair ${earlier + 1}; list each pair once (it is read both ways)` });
      else pairs.set(key, index);
    });
  }) satisfies z.ZodType<InterventionContent>;
