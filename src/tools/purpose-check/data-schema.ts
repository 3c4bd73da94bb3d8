import { z } from 'astro/zod';
import { CONCERNS, VERDICT_CONDITIONS, type PurposeCheckContent } from './purpose-check';
import { slugSchema } from '../../schemas/slug';
import { oneOf, repeatedIds, text } from '../../schemas/tool-data';

/**
 * The waartoe check's content: `content/tools/purpose-check.yaml`. The questions with their
 * options, the reason each worrying option gives, the verdicts as ordered rules over the
 * answers, and where each verdict sends the manager. Example:
 *
 *   questions:
 *     - id: resultaat
 *       title: Welk resultaat wil je bereiken?
 *       help: Denk aan iets wat je kunt zien of tellen.
 *       text: { required: true, hint: Schrijf het op., legend: Kun je het meten? }
 *       options:
 *         - { id: meetbaar, label: 'Ja, en ik weet waar we nu staan' }
 *         - { id: algemeen, label: 'Nee, het is nog algemeen', concern: blocker, reason: doel-vaag }
 *   reasons: [{ id: doel-vaag, text: Je resultaat is nog niet te meten. }]
 *   noReasons: Op alle vragen gaf je het antwoord waar het hoofdstuk om vraagt.
 *   verdicts:
 *     - { id: geen-training, when: an-answer-blocks, title: …, text: …, steps: [ … ], links: [waartoe-gesprek] }
 *     - { id: training-kan-helpen, when: otherwise, title: …, text: …, steps: [ … ], links: [waartoe-gesprek] }
 *   links: [{ id: waartoe-gesprek, path: /veranderen/waartoe-gesprek/, label: Het waartoe-gesprek }]
 *
 * Link paths must lead to an existing page (and heading): getToolData() checks them
 * against the built site's pages (src/data/tool-data.ts).
 */

const optionSchema = z.strictObject({
  /** Stored with the answers on the device: a new meaning needs a new id. */
  id: slugSchema,
  label: text('the option as the manager reads it'),
  /** Absent: this answer is what the chapter asks for. */
  concern: oneOf(CONCERNS, 'a concern').nullable().default(null),
  /** The reason this answer gives; required with a concern. */
  reason: slugSchema.optional(),
});

const questionSchema = z.strictObject({
  id: slugSchema,
  /** A question, ending in "?". */
  title: text('the question').regex(/\?$/, 'expected a question ending in "?"'),
  help: text('one or two lines of help'),
  /** A free-text answer next to the choice; the title then labels the text field and `legend` the choice. */
  text: z
    .strictObject({
      required: z.boolean({ error: 'expected true or false' }),
      hint: text('a hint under the text field'),
      legend: text('the question of the choice below the text field'),
    })
    .optional(),
  options: z.array(optionSchema, { error: 'expected a list of options' }).min(2, 'expected at least 2 options'),
});

const verdictSchema = z.strictObject({
  id: slugSchema,
  /** When this verdict is the outcome; verdicts are tried in order. */
  when: oneOf(VERDICT_CONDITIONS, 'a condition'),
  title: text('a title'),
  text: text('what the verdict means'),
  steps: z.array(text('a step'), { error: 'expected a list of steps' }).min(1, 'expected at least one step'),
  links: z.array(slugSchema, { error: 'expected a list of link ids' }).min(1, 'expected at least one link'),
});

const linkSchema = z.strictObject({
  id: slugSchema,
  /** Site path, optionally with a heading id: "/veranderen/eerst-het-doel/#samen-de-weg-zoeken". */
  path: z
    .string({ error: 'expected a site path such as "/veranderen/motivatie/"' })
    .regex(/^\/([a-z0-9-]+\/)*(#[^\s#]+)?$/, 'expected a site path such as "/veranderen/motivatie/" or "/veranderen/eerst-het-doel/#kop"'),
  label: text('the link text'),
});

export const dataSchema = z
  .strictObject({
    questions: z.array(questionSchema, { error: 'expected a list of questions' }).min(1, 'expected at least one question'),
    reasons: z.array(z.strictObject({ id: slugSchema, text: text('the reason in one or two sentences') }), { error: 'expected a list of reasons' }),
    /** Shown instead of the reasons when no answer gave one. */
    noReasons: text('a line for when no answer gave a reason'),
    verdicts: z.array(verdictSchema, { error: 'expected a list of verdicts' }).min(1, 'expected at least one verdict'),
    links: z.array(linkSchema, { error: 'expected a list of links' }),
  })
  .superRefine((content, ctx) => {
    repeatedIds(ctx, content.questions.map((question) => question.id), 'question', (index) => ['questions', index, 'id']);
    repeatedIds(ctx, content.reasons.map((reason) => reason.id), 'reason', (index) => ['reasons', index, 'id']);
    repeatedIds(ctx, content.verdicts.map((verdict) => verdict.id), 'verdict', (index) => ['verdicts', index, 'id']);
    repeatedIds(ctx, content.links.map((link) => link.id), 'link', (index) => ['links', index, 'id']);

    const reasons = new Set(content.reasons.map((reason) => reason.id));
    const given = new Set<string>();
    content.questions.forEach((question, q) => {
      repeatedIds(ctx, question.options.map((option) => option.id), 'option', (index) => ['questions', q, 'options', index, 'id']);
      question.options.forEach((option, o) => {
        const path = ['questions', q, 'options', o];
        if (option.concern && !option.reason) ctx.addIssue({ code: 'custom', path: [...path, 'reason'], message: `expected a reason: an option with concern "${option.concern}" must say why` });
        if (!option.concern && option.reason) ctx.addIssue({ code: 'custom', path: [...path, 'concern'], message: 'expected a concern ("blocker" or "gap"): only a worrying answer gives a reason' });
        if (option.reason && !reasons.has(option.reason)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'reason'], message: `unknown reason "${option.reason}"; expected one of the ids under "reasons"` });
        }
        if (option.reason) given.add(option.reason);
      });
    });
    content.reasons.forEach((reason, index) => {
      if (!given.has(reason.id)) ctx.addIssue({ code: 'custom', path: ['reasons', index, 'id'], message: `reason "${reason.id}" is given by no option; remove it or name it in an option` });
    });

    const links = new Set(content.links.map((link) => link.id));
    content.verdicts.forEach((verdict, v) => {
      const last = v === content.verdicts.length - 1;
      if (last && verdict.when !== 'otherwise') ctx.addIssue({ code: 'custom', path: ['verdicts', v, 'when'], message: 'expected "otherwise": the last verdict must hold when no earlier one does, so every set of answers gets a verdict' });
      if (!last && verdict.when === 'otherwise') ctx.addIssue({ code: 'custom', path: ['verdicts', v, 'when'], message: '"otherwise" must be the last verdict: the verdicts after it could never be the outcome' });
      verdict.links.forEach((link, l) => {
        if (!links.has(link)) ctx.addIssue({ code: 'custom', path: ['verdicts', v, 'links', l], message: `unknown link "${link}"; expected one of the ids under "links"` });
      });
    });
  }) satisfies z.ZodType<PurposeCheckContent>;
