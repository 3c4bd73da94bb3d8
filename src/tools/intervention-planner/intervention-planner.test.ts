import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addStep,
  checkPlan,
  emptyPlan,
  INTERVENTION_IDS,
  type InterventionId,
  type InterventionPlan,
  loadPlan,
  planStorage,
  type PlanStep,
  possiblePairs,
  reinforcersOf,
  reinforces,
  reinforcingPairs,
  removeStep,
  savePlan,
  sortStepsByDate,
  toggleIntervention,
  updateStep,
  validatePlan,
} from './intervention-planner';
import { MemoryStorage } from '../../../tests/support/memory-storage';
import { loadToolData } from '../../../tests/support/tool-data';
import { dataSchema as interventionContentSchema } from './data-schema';

const content = loadToolData('intervention-planner', interventionContentSchema);
const { interventions: INTERVENTIONS, reinforcements: REINFORCEMENTS } = content;


const interventionId = fc.constantFrom(...INTERVENTION_IDS);
const chosenSet = fc.uniqueArray(interventionId, { maxLength: INTERVENTION_IDS.length });
const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const step = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  intervention: interventionId,
  what: fc.string(),
  owner: fc.string(),
  due: fc.oneof(fc.constant(''), day),
});

function plan(chosen: InterventionId[], steps: Partial<PlanStep>[] = [], extra: Partial<InterventionPlan> = {}): InterventionPlan {
  return {
    ...emptyPlan(),
    goal: 'Interne klanten geven ons een 8',
    reviewDate: '2027-06-01',
    chosen,
    steps: steps.map((s, index) => ({ id: `s${index}`, intervention: chosen[0]!, what: 'Iets', owner: 'Sanne', due: '2027-02-01', ...s })),
    ...extra,
  };
}

describe('the six interventions', () => {
  it('has five interventions to choose, each with two or three needs', () => {
    expect(INTERVENTIONS.map((intervention) => intervention.id)).toEqual([...INTERVENTION_IDS]);
    for (const intervention of INTERVENTIONS) {
      expect(intervention.needs.length).toBeGreaterThanOrEqual(2);
      expect(intervention.needs.length).toBeLessThanOrEqual(3);
    }
  });

  it('lists each reinforcing pair once, between two different known interventions', () => {
    const keys = REINFORCEMENTS.map(({ between: [a, b] }) => [a, b].sort().join('+'));
    expect(new Set(keys).size).toBe(keys.length);
    for (const { between: [a, b] } of REINFORCEMENTS) {
      expect(a).not.toBe(b);
      expect(INTERVENTION_IDS).toContain(a);
      expect(INTERVENTION_IDS).toContain(b);
    }
  });

  it('reinforces symmetrically and never itself', () => {
    fc.assert(
      fc.property(interventionId, interventionId, (a, b) => {
        expect(reinforces(content, a, b)).toBe(reinforces(content, b, a));
        if (a === b) expect(reinforces(content, a, a)).toBe(false);
        expect(reinforcersOf(content, a).some((other) => other.id === b)).toBe(reinforces(content, a, b));
      }),
    );
  });

  it('names the behaviour as what strengthens every other intervention', () => {
    for (const id of INTERVENTION_IDS.filter((other) => other !== 'gedrag')) expect(reinforces(content, 'gedrag', id)).toBe(true);
  });

  it('never counts more reinforcing pairs than n(n − 1)/2', () => {
    fc.assert(
      fc.property(chosenSet, (chosen) => {
        const pairs = reinforcingPairs(content, chosen);
        expect(pairs.length).toBeLessThanOrEqual(possiblePairs(chosen.length));
        for (const { between: [a, b] } of pairs) expect(chosen.includes(a) && chosen.includes(b)).toBe(true);
      }),
    );
    expect(possiblePairs(0)).toBe(0);
    expect(possiblePairs(1)).toBe(0);
    expect(possiblePairs(5)).toBe(10);
  });
});

describe('the plan check (the sixth intervention)', () => {
  const kinds = (p: InterventionPlan) => checkPlan(content, p).findings.map((finding) => finding.kind);

  it('asks to choose when nothing is chosen', () => {
    expect(kinds(emptyPlan())).toEqual(['none-chosen']);
  });

  it('says plainly that a training alone rarely lasts', () => {
    const findings = kinds(plan(['training'], [{}]));
    expect(findings[0]).toBe('training-alone');
    expect(findings).toContain('behaviour-missing');
  });

  it('warns with fewer than three interventions', () => {
    expect(kinds(plan(['gedrag'], [{}]))).toEqual(['single']);
    expect(checkPlan(content, plan(['gedrag', 'koppels'], [{}, { intervention: 'koppels' }])).findings).toEqual([{ kind: 'too-few', count: 2 }]);
  });

  it('reports interventions without steps, incomplete steps and group owners by position', () => {
    const p = plan(['gedrag', 'koppels', 'voorbeeld'], [{}, { intervention: 'koppels', owner: 'HR', due: '' }]);
    expect(checkPlan(content, p).findings).toEqual([
      { kind: 'step-incomplete', id: 'koppels', position: 1, missing: ['due'] },
      { kind: 'group-owner', id: 'koppels', position: 1, owner: 'HR' },
      { kind: 'no-steps', id: 'voorbeeld' },
    ]);
  });

  it('asks for a goal and a date to look back', () => {
    const p = plan(['gedrag', 'koppels', 'voorbeeld'], [{}, { intervention: 'koppels' }, { intervention: 'voorbeeld' }], { goal: ' ', reviewDate: '' });
    expect(kinds(p)).toEqual(['no-goal', 'no-review-date']);
  });

  it('confirms a combined plan and counts its reinforcing pairs', () => {
    const p = plan(['gedrag', 'koppels', 'voorbeeld'], [{}, { intervention: 'koppels' }, { intervention: 'voorbeeld' }]);
    expect(checkPlan(content, p)).toEqual({ chosen: 3, pairs: 2, possible: 3, findings: [{ kind: 'combined', count: 3 }] });
  });
});

describe('steps', () => {
  it('sort by date, undated last, equal dates in their own order', () => {
    const steps = [
      { id: 'a', intervention: 'gedrag', what: '', owner: '', due: '' },
      { id: 'b', intervention: 'gedrag', what: '', owner: '', due: '2027-03-01' },
      { id: 'c', intervention: 'gedrag', what: '', owner: '', due: '2027-01-15' },
      { id: 'd', intervention: 'gedrag', what: '', owner: '', due: '2027-03-01' },
    ] as PlanStep[];
    expect(sortStepsByDate(steps).map((s) => s.id)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('always sort into a date-ordered permutation of the same steps', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const sorted = sortStepsByDate(steps);
        expect([...sorted].sort((a, b) => steps.indexOf(a) - steps.indexOf(b))).toEqual(steps);
        const dated = sorted.filter((s) => s.due !== '');
        for (let i = 1; i < dated.length; i++) expect(dated[i - 1]!.due <= dated[i]!.due).toBe(true);
        expect(sorted.slice(dated.length).every((s) => s.due === '')).toBe(true);
      }),
    );
  });

  it('are added, changed and removed; unticking keeps them', () => {
    let p = toggleIntervention(emptyPlan(), 'koppels', true);
    p = toggleIntervention(p, 'gedrag', true);
    expect(p.chosen).toEqual(['gedrag', 'koppels']);
    p = addStep(p, 'koppels', 'x');
    p = updateStep(p, 'x', { owner: 'Ahmed', due: '2027-02-01' });
    expect(p.steps).toEqual([{ id: 'x', intervention: 'koppels', what: '', owner: 'Ahmed', due: '2027-02-01' }]);
    p = toggleIntervention(p, 'koppels', false);
    expect(p.chosen).toEqual(['gedrag']);
    expect(p.steps).toHaveLength(1);
    expect(removeStep(p, 'x').steps).toEqual([]);
  });
});

describe('the stored plan', () => {
  it('saves and loads a plan', () => {
    const storage = new MemoryStorage();
    const p = plan(['gedrag', 'training'], [{}], { title: 'Stafteam 2027' });
    expect(savePlan(storage, p)).toEqual({ ok: true });
    expect(loadPlan(storage)).toEqual({ status: 'ok', value: p });
  });

  it('rejects plans with unknown interventions, bad dates or duplicate steps', () => {
    const good = plan(['gedrag'], [{}]);
    expect(validatePlan(good)).toEqual(good);
    expect(validatePlan({ ...good, chosen: ['gedrag', 'heksenjacht'] })).toBeUndefined();
    expect(validatePlan({ ...good, reviewDate: '2027-02-30' })).toBeUndefined();
    expect(validatePlan({ ...good, steps: [...good.steps, ...good.steps] })).toBeUndefined();
    expect(validatePlan({ ...good, schema: 2 })).toBeUndefined();
  });

  it('never throws on damaged data and never overwrites it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ schema: 1, value }))), (raw) => {
        const storage = new MemoryStorage();
        storage.setItem(planStorage.key, raw);
        const loaded = loadPlan(storage);
        // Damaged data is kept exactly once: in place when readable, else moved to its backup.
        if (loaded.status === 'recovered') {
          expect(storage.getItem(loaded.backupKey)).toBe(raw);
          expect(storage.getItem(planStorage.key)).toBeNull();
        } else {
          expect(loaded.status).toBe('ok');
          expect(storage.getItem(planStorage.key)).toBe(raw);
        }
      }),
    );
  });

  it('locks damaged data it cannot set aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(planStorage.key, '{"schema":1,"chosen":"alles"');
    storage.full = true;
    expect(loadPlan(storage)).toEqual({ status: 'locked' });
    expect(storage.getItem(planStorage.key)).toBe('{"schema":1,"chosen":"alles"');
    expect(loadPlan(undefined)).toEqual({ status: 'unavailable' });
  });
});
