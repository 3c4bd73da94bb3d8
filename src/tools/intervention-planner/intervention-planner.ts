/**
 * The intervention planner (/hulpmiddelen/interventieplanner/): the six interventions of
 * "Zes interventies die elkaar versterken" (/veranderen/zes-interventies/) as data, how
 * they strengthen each other, and a plan with steps that each have an owner and a date
 * (the play /veranderen/interventieplan/).
 *
 * Five interventions can be chosen. The sixth, "combineer ze: en, en, en", is not a
 * separate measure but a property of the plan as a whole, so it is modelled as the plan's
 * own check (`checkPlan`): at least three interventions, the behaviour named, every step
 * with an owner and a date.
 *
 * The intervention texts are content (like an assessment's statements), written anew
 * from the chapters, so they live here with the relation rather than in the strings file.
 */
import { newId } from '../../lib/ids';
import { is, type LoadResult, type SaveResult, type StorageLike, loadJson, saveJson } from '../../lib/storage';
import { storageKeyOf } from '../registry';

export const INTERVENTION_IDS = ['gedrag', 'training', 'koppels', 'criterium', 'voorbeeld'] as const;
export type InterventionId = (typeof INTERVENTION_IDS)[number];

export interface Intervention {
  id: InterventionId;
  /** Its number in the chapter's figure (1–5; the sixth is COMBINE). */
  number: number;
  name: string;
  /** What the intervention needs to work: two or three short points. */
  needs: readonly string[];
}

export const INTERVENTIONS: readonly Intervention[] = [
  {
    id: 'gedrag',
    number: 1,
    name: 'Benoem het gewenste gedrag',
    needs: [
      'Drie tot vijf gedragingen die je kunt zien, zoals: vraag eerst wat de collega wil bereiken.',
      'Woorden die het team zelf herkent, geen algemene termen als ‘klantgerichter’.',
      'Voorbeelden uit het eigen werk, zodat je het kunt oefenen en bespreken.',
    ],
  },
  {
    id: 'training',
    number: 2,
    name: 'Training of coaching binnen een cultuurverandering',
    needs: [
      'Een training of coaching die past bij een groter plan, niet een losse korte cursus.',
      'Tijd en ruimte om het nieuwe gedrag in het gewone werk te blijven doen.',
      'Een moment om na een paar weken samen terug te kijken.',
    ],
  },
  {
    id: 'koppels',
    number: 3,
    name: 'Maak koppels van collega’s',
    needs: [
      'Iemand die het lastig vindt, samen met een collega die het makkelijk afgaat.',
      'Echte klantgesprekken waar ze samen naartoe gaan.',
      'Een vast moment om na elk gesprek te bespreken wat goed ging en wat beter kan.',
    ],
  },
  {
    id: 'criterium',
    number: 4,
    name: 'Klantgerichtheid als criterium in gesprekken',
    needs: [
      'Klantgericht werken als vast punt in functionerings- en beoordelingsgesprekken.',
      'Afspraken over hoe je het merkt, bijvoorbeeld via reacties van interne klanten.',
      'Ook tussendoor aandacht, niet alleen één keer per jaar.',
    ],
  },
  {
    id: 'voorbeeld',
    number: 5,
    name: 'Het management geeft het voorbeeld',
    needs: [
      'Leidinggevenden die zelf doorvragen, luisteren en zich inleven.',
      'De tevredenheid van de interne klant weegt het zwaarst bij het oordeel over het stafteam.',
      'Aandacht voor elk klein beetje gewenst gedrag dat je ziet.',
    ],
  },
];

/** The sixth intervention: the plan's own check, not a box to tick. */
export const COMBINE = {
  number: 6,
  name: 'Combineer ze: en, en, en',
  needs: [
    'Minstens drie interventies die naar hetzelfde gedrag wijzen.',
    'Bij elke stap één eigenaar met een naam en een datum.',
    'Een datum om samen terug te kijken.',
  ],
} as const;

/** Fewer chosen interventions than this, and the plan is not yet "en, en, en". */
export const MIN_COMBINED = 3;

export interface Reinforcement {
  between: readonly [InterventionId, InterventionId];
  /** Why the two strengthen each other, in one sentence. */
  why: string;
}

/**
 * Which interventions strengthen each other. The relation is symmetric by construction:
 * each pair is listed once and read both ways. It follows the play's "check de samenhang":
 * the named behaviour is what pairs practise, what the talks discuss and what management
 * shows, so naming the behaviour strengthens all four others. Pairs and management have
 * no direct link of their own: they meet through the named behaviour.
 */
export const REINFORCEMENTS: readonly Reinforcement[] = [
  { between: ['gedrag', 'training'], why: 'De training oefent precies het gedrag dat jullie benoemd hebben.' },
  { between: ['gedrag', 'koppels'], why: 'Koppels oefenen het benoemde gedrag in echte klantgesprekken.' },
  { between: ['gedrag', 'criterium'], why: 'Alleen gedrag dat concreet benoemd is, kun je in een gesprek bespreken.' },
  { between: ['gedrag', 'voorbeeld'], why: 'Het management laat het benoemde gedrag zelf zien.' },
  { between: ['training', 'koppels'], why: 'Koppels brengen wat in de training geleerd is naar het gewone werk.' },
  { between: ['training', 'criterium'], why: 'Wat in de training geoefend is, telt daarna mee in de gesprekken.' },
  { between: ['training', 'voorbeeld'], why: 'Een cultuur verandert pas als de leiding zelf meedoet.' },
  { between: ['koppels', 'criterium'], why: 'In de gesprekken bespreek je wat iemand van zijn koppel leerde.' },
  { between: ['criterium', 'voorbeeld'], why: 'Het management weegt de mening van de interne klant mee, ook in de gesprekken.' },
];

export function isInterventionId(value: unknown): value is InterventionId {
  return typeof value === 'string' && (INTERVENTION_IDS as readonly string[]).includes(value);
}

export function interventionById(id: InterventionId): Intervention {
  return INTERVENTIONS.find((intervention) => intervention.id === id)!;
}

export function reinforces(a: InterventionId, b: InterventionId): boolean {
  return REINFORCEMENTS.some(({ between: [x, y] }) => (x === a && y === b) || (x === b && y === a));
}

export interface Reinforcer {
  id: InterventionId;
  why: string;
}

/** The interventions that strengthen `id`, in the order of the figure. */
export function reinforcersOf(id: InterventionId): Reinforcer[] {
  return INTERVENTION_IDS.flatMap((other) => {
    const link = REINFORCEMENTS.find(({ between: [x, y] }) => (x === id && y === other) || (x === other && y === id));
    return link ? [{ id: other, why: link.why }] : [];
  });
}

/** The reinforcing pairs among the chosen interventions (each pair once). */
export function reinforcingPairs(chosen: readonly InterventionId[]): Reinforcement[] {
  const set = new Set(chosen);
  return REINFORCEMENTS.filter(({ between: [a, b] }) => set.has(a) && set.has(b));
}

/** How many pairs n interventions can form: n(n − 1)/2. */
export function possiblePairs(count: number): number {
  return count < 2 ? 0 : (count * (count - 1)) / 2;
}

// ---------------------------------------------------------------------------------------
// The plan

export interface PlanStep {
  id: string;
  intervention: InterventionId;
  /** What happens, in a few words. */
  what: string;
  /** One person with a name. */
  owner: string;
  /** YYYY-MM-DD, or '' while not yet planned. */
  due: string;
}

export const PLAN_SCHEMA = 1;

export interface InterventionPlan {
  schema: typeof PLAN_SCHEMA;
  title: string;
  /** The "waartoe": what clients should notice, in one line. */
  goal: string;
  /** When you look back together (YYYY-MM-DD or ''). */
  reviewDate: string;
  /** Chosen interventions, in the order of the figure. */
  chosen: InterventionId[];
  /** Steps of every intervention, also of ones unticked later: nothing is thrown away. */
  steps: PlanStep[];
}

/** Where this tool keeps its data (src/tools/registry.ts), and the keys it used before. */
const STORED = storageKeyOf('intervention-planner');
export const PLAN_KEY = STORED.key;

export const emptyPlan = (): InterventionPlan => ({ schema: PLAN_SCHEMA, title: '', goal: '', reviewDate: '', chosen: [], steps: [] });

/** A real calendar day written as YYYY-MM-DD (what <input type="date"> gives). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const optionalDate = (value: unknown): value is string => value === '' || isCalendarDate(value);

function validStep(raw: unknown): PlanStep | undefined {
  if (!is.record(raw) || !is.string(raw.id) || raw.id === '' || !isInterventionId(raw.intervention)) return undefined;
  if (!is.string(raw.what) || !is.string(raw.owner) || !optionalDate(raw.due)) return undefined;
  return { id: raw.id, intervention: raw.intervention, what: raw.what, owner: raw.owner, due: raw.due };
}

/** Accepts a stored plan of this schema; anything else is "damaged" and set aside by loadJson. */
export function validatePlan(raw: unknown): InterventionPlan | undefined {
  if (!is.record(raw) || raw.schema !== PLAN_SCHEMA) return undefined;
  if (!is.string(raw.title) || !is.string(raw.goal) || !optionalDate(raw.reviewDate)) return undefined;
  if (!Array.isArray(raw.chosen) || !raw.chosen.every(isInterventionId) || !Array.isArray(raw.steps)) return undefined;
  const steps: PlanStep[] = [];
  for (const candidate of raw.steps) {
    const step = validStep(candidate);
    if (!step || steps.some((other) => other.id === step.id)) return undefined;
    steps.push(step);
  }
  const chosen = INTERVENTION_IDS.filter((id) => (raw.chosen as InterventionId[]).includes(id));
  return { schema: PLAN_SCHEMA, title: raw.title, goal: raw.goal, reviewDate: raw.reviewDate, chosen, steps };
}

export function loadPlan(storage: StorageLike | undefined): LoadResult<InterventionPlan> {
  return loadJson(storage, PLAN_KEY, validatePlan, STORED.legacy);
}

export function savePlan(storage: StorageLike | undefined, plan: InterventionPlan): SaveResult {
  return saveJson(storage, PLAN_KEY, plan);
}

/** Ticks or unticks an intervention, keeping the figure's order. Steps stay either way. */
export function toggleIntervention(plan: InterventionPlan, id: InterventionId, on: boolean): InterventionPlan {
  const chosen = INTERVENTION_IDS.filter((candidate) => (candidate === id ? on : plan.chosen.includes(candidate)));
  return { ...plan, chosen };
}

export function addStep(plan: InterventionPlan, intervention: InterventionId, id: string): InterventionPlan {
  return { ...plan, steps: [...plan.steps, { id, intervention, what: '', owner: '', due: '' }] };
}

export function updateStep(plan: InterventionPlan, id: string, change: Partial<Pick<PlanStep, 'what' | 'owner' | 'due'>>): InterventionPlan {
  return { ...plan, steps: plan.steps.map((step) => (step.id === id ? { ...step, ...change } : step)) };
}

export function removeStep(plan: InterventionPlan, id: string): InterventionPlan {
  return { ...plan, steps: plan.steps.filter((step) => step.id !== id) };
}

/** Steps by date, earliest first; steps without a date last; equal dates keep their order. */
export function sortStepsByDate(steps: readonly PlanStep[]): PlanStep[] {
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => {
      if (a.step.due !== b.step.due) {
        if (a.step.due === '') return 1;
        if (b.step.due === '') return -1;
        return a.step.due < b.step.due ? -1 : 1;
      }
      return a.index - b.index;
    })
    .map(({ step }) => step);
}

export function stepsOf(plan: InterventionPlan, id: InterventionId): PlanStep[] {
  return plan.steps.filter((step) => step.intervention === id);
}

/**
 * Owners that are a group, not a person ("iedereen", "HR", "het team"): the play warns that
 * then nobody does it.
 */
const GROUP_OWNERS = /^(iedereen|allemaal|allen|wij|we|ons|hr|p&o|het team|team|teamleden|de afdeling|afdeling|het management|management|de leiding|leiding|mt|staf|stafteam|n\.?v\.?t\.?|nog niet bekend|\?+|-+)$/i;

export function isGroupOwner(owner: string): boolean {
  return GROUP_OWNERS.test(owner.trim());
}

export type StepField = 'what' | 'owner' | 'due';

/** What the plan check found, from most to least important. The view words each finding. */
export type PlanFinding =
  | { kind: 'none-chosen' }
  | { kind: 'training-alone' }
  | { kind: 'single'; id: InterventionId }
  | { kind: 'too-few'; count: number }
  | { kind: 'behaviour-missing' }
  | { kind: 'no-steps'; id: InterventionId }
  | { kind: 'step-incomplete'; id: InterventionId; position: number; missing: StepField[] }
  | { kind: 'group-owner'; id: InterventionId; position: number; owner: string }
  | { kind: 'no-review-date' }
  | { kind: 'no-goal' }
  | { kind: 'combined'; count: number };

export interface PlanSummary {
  chosen: number;
  /** Reinforcing pairs among the chosen interventions. */
  pairs: number;
  /** All pairs the chosen interventions could form: chosen(chosen − 1)/2. */
  possible: number;
  findings: PlanFinding[];
}

/** The sixth intervention as a check of the plan as a whole. */
export function checkPlan(plan: InterventionPlan): PlanSummary {
  const chosen = INTERVENTION_IDS.filter((id) => plan.chosen.includes(id));
  const findings: PlanFinding[] = [];
  if (chosen.length === 0) findings.push({ kind: 'none-chosen' });
  else if (chosen.length === 1 && chosen[0] === 'training') findings.push({ kind: 'training-alone' });
  else if (chosen.length === 1) findings.push({ kind: 'single', id: chosen[0]! });
  else if (chosen.length < MIN_COMBINED) findings.push({ kind: 'too-few', count: chosen.length });
  if (chosen.length > 0 && !chosen.includes('gedrag')) findings.push({ kind: 'behaviour-missing' });
  for (const id of chosen) {
    const steps = stepsOf(plan, id);
    if (steps.length === 0) findings.push({ kind: 'no-steps', id });
    steps.forEach((step, index) => {
      const missing = (['what', 'owner', 'due'] as const).filter((field) => step[field].trim() === '');
      if (missing.length > 0) findings.push({ kind: 'step-incomplete', id, position: index + 1, missing });
      if (step.owner.trim() !== '' && isGroupOwner(step.owner)) findings.push({ kind: 'group-owner', id, position: index + 1, owner: step.owner.trim() });
    });
  }
  if (chosen.length > 0 && plan.goal.trim() === '') findings.push({ kind: 'no-goal' });
  if (chosen.length > 0 && plan.reviewDate === '') findings.push({ kind: 'no-review-date' });
  if (findings.length === 0) findings.push({ kind: 'combined', count: chosen.length });
  return { chosen: chosen.length, pairs: reinforcingPairs(chosen).length, possible: possiblePairs(chosen.length), findings };
}

/** A short random id for a step; unique enough within one plan. */
export const newStepId = newId;
