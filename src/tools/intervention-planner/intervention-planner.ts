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
 * The texts (names, needs, why two interventions strengthen each other) and which pairs do
 * are content: content/tools/intervention-planner.yaml, passed in as `InterventionContent`.
 * The ids stay here: saved plans store them, and the plan check knows two of them.
 */
import { isCalendarDate } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { is, type LoadResult, type SaveResult, type StorageLike, loadJson, saveJson } from '../../lib/storage';
import { toolStorage } from '../manifest';

export const INTERVENTION_IDS = ['gedrag', 'training', 'koppels', 'criterium', 'voorbeeld'] as const;
export type InterventionId = (typeof INTERVENTION_IDS)[number];

export interface Intervention {
  id: InterventionId;
  /** Its number in the chapter's figure (1–5; the sixth is `combine`). */
  number: number;
  name: string;
  /** What the intervention needs to work: two or three short points. */
  needs: readonly string[];
}

export interface Reinforcement {
  between: readonly [InterventionId, InterventionId];
  /** Why the two strengthen each other, in one sentence. */
  why: string;
}

/**
 * The planner's content, from content/tools/intervention-planner.yaml (schema:
 * data-schema.ts, which guarantees every id once, numbers 1…5, and each
 * reinforcing pair once between two different interventions).
 */
export interface InterventionContent {
  interventions: readonly Intervention[];
  /** The sixth intervention: the plan's own check, not a box to tick. */
  combine: { number: number; name: string; summary: string; needs: readonly string[] };
  /** Symmetric by construction: each pair is listed once and read both ways. */
  reinforcements: readonly Reinforcement[];
  /** Owners that are a group, not a person ("iedereen", "het team"). */
  groupOwners: readonly string[];
}

/** Fewer chosen interventions than this, and the plan is not yet "en, en, en". */
export const MIN_COMBINED = 3;

function isInterventionId(value: unknown): value is InterventionId {
  return typeof value === 'string' && (INTERVENTION_IDS as readonly string[]).includes(value);
}

export function interventionById(content: InterventionContent, id: InterventionId): Intervention {
  return content.interventions.find((intervention) => intervention.id === id)!;
}

function pairOf(content: InterventionContent, a: InterventionId, b: InterventionId): Reinforcement | undefined {
  return content.reinforcements.find(({ between: [x, y] }) => (x === a && y === b) || (x === b && y === a));
}

export function reinforces(content: InterventionContent, a: InterventionId, b: InterventionId): boolean {
  return pairOf(content, a, b) !== undefined;
}

export interface Reinforcer {
  id: InterventionId;
  why: string;
}

/** The interventions that strengthen `id`, in the order of the figure. */
export function reinforcersOf(content: InterventionContent, id: InterventionId): Reinforcer[] {
  return INTERVENTION_IDS.flatMap((other) => {
    const link = pairOf(content, id, other);
    return link ? [{ id: other, why: link.why }] : [];
  });
}

/** The reinforcing pairs among the chosen interventions (each pair once). */
export function reinforcingPairs(content: InterventionContent, chosen: readonly InterventionId[]): Reinforcement[] {
  const set = new Set(chosen);
  return content.reinforcements.filter(({ between: [a, b] }) => set.has(a) && set.has(b));
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

const PLAN_SCHEMA = 1;

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

/** Where the plan is kept on the device, and the key it had before; the manifest (tool.ts) lists it for the site. */
export const planStorage = toolStorage('intervention-planner', { replaced: ['interventieplan'], validate: validatePlan });

export const emptyPlan = (): InterventionPlan => ({ schema: PLAN_SCHEMA, title: '', goal: '', reviewDate: '', chosen: [], steps: [] });

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
  return loadJson(storage, planStorage.key, validatePlan, planStorage.replaced);
}

export function savePlan(storage: StorageLike | undefined, plan: InterventionPlan): SaveResult {
  return saveJson(storage, planStorage.key, plan);
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

/** Capitals and full stops do not matter: "N.v.t." is "nvt". */
const ownerKey = (owner: string) => owner.trim().toLowerCase().replace(/\./g, '');

/**
 * Owners that are a group, not a person ("iedereen", "HR", "het team"): the play warns that
 * then nobody does it. Only question marks or dashes ("?", "--") say as little.
 */
export function isGroupOwner(content: InterventionContent, owner: string): boolean {
  const key = ownerKey(owner);
  return /^(\?+|-+)$/.test(key) || content.groupOwners.some((word) => ownerKey(word) === key);
}

type StepField = 'what' | 'owner' | 'due';

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
export function checkPlan(content: InterventionContent, plan: InterventionPlan): PlanSummary {
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
      if (step.owner.trim() !== '' && isGroupOwner(content, step.owner)) findings.push({ kind: 'group-owner', id, position: index + 1, owner: step.owner.trim() });
    });
  }
  if (chosen.length > 0 && plan.goal.trim() === '') findings.push({ kind: 'no-goal' });
  if (chosen.length > 0 && plan.reviewDate === '') findings.push({ kind: 'no-review-date' });
  if (findings.length === 0) findings.push({ kind: 'combined', count: chosen.length });
  return { chosen: chosen.length, pairs: reinforcingPairs(content, chosen).length, possible: possiblePairs(chosen.length), findings };
}

/** A short random id for a step; unique enough within one plan. */
export const newStepId = newId;
