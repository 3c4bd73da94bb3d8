import { describe, expect, it } from 'vitest';
import { sample } from '../../../tests/support/sample-assessment';
import { manifestXml } from './manifest';
import { identifierPart, objectivesOf } from './objectives';
import { platformRelay } from './relay';
import { variantsFor } from './variants';
import { cmiTimespan, findApi, type PlatformProblem, PlatformSession, type Scorm12Api, type WindowLike } from './runtime';

describe('objectives of the "met uitkomst" package', () => {
  it('names per dimension only the band its score falls in, never a score: lowest band, highest band', () => {
    const scores = sample.dimensions.map((dimension, index) => ({ id: dimension.id, score: dimension.kind === 'balance' ? 0 : index === 0 ? 1 : 5 }));
    const means = sample.dimensions.filter((dimension) => dimension.kind !== 'balance');
    expect(objectivesOf(sample, { dimensions: scores })).toEqual(
      means.map((dimension, index) => ({ id: `${dimension.id}_${identifierPart((index === 0 ? dimension.bands[0]! : dimension.bands.at(-1)!).label)}`, scored: true })),
    );
    for (const objective of objectivesOf(sample, { dimensions: scores })) expect(objective).not.toHaveProperty('raw');
  });

  it('writes a band label as an identifier without spaces or accents', () => {
    expect(identifierPart('Op weg')).toBe('op-weg');
    expect(identifierPart('Sterk punt')).toBe('sterk-punt');
    expect(identifierPart('Vooral “bieden”, één kant')).toBe('vooral-bieden-een-kant');
  });

  it('reports a dimension without enough answers as unscored: its id alone, not a band', () => {
    expect(objectivesOf(sample, { dimensions: [{ id: sample.dimensions[0]!.id, score: null }] })[0]).toEqual({ id: sample.dimensions[0]!.id, scored: false });
  });

  it('sends no outcome for a balance dimension: not its band, not its id', () => {
    const scores = sample.dimensions.map((dimension) => ({ id: dimension.id, score: dimension.kind === 'balance' ? 1.5 : 3, ...(dimension.kind === 'balance' ? { sides: [{ score: 2 }, { score: 3.5 }] } : {}) }));
    const balance = sample.dimensions.find((dimension) => dimension.kind === 'balance')!;
    const ids = objectivesOf(sample, { dimensions: scores }).map((objective) => objective.id);
    expect(ids).toHaveLength(sample.dimensions.length - 1);
    expect(ids.filter((id) => id.startsWith(balance.id))).toEqual([]);
  });

  it('sends a score on the border as the two bands it lies between, as the result screen shows it', () => {
    // Bieden, four equal items: one answer moves the mean 0.25, so 3.6 lies within reach of the cut at 3.75.
    expect(objectivesOf(sample, { dimensions: [{ id: 'bieden', score: 3.6 }] }).find((objective) => objective.id.startsWith('bieden'))).toEqual({
      id: 'bieden_op-de-grens_onderweg_sterk',
      scored: true,
    });
    // 3.0 is far from both cuts: one band.
    expect(objectivesOf(sample, { dimensions: [{ id: 'bieden', score: 3 }] }).find((objective) => objective.id.startsWith('bieden'))).toEqual({ id: 'bieden_onderweg', scored: true });
  });

  it('judges the border by the answers given: fewer answers, a wider border', () => {
    // A mean of 4 (b3 is reverse-keyed: 2 counts as 4). With four answers one step down gives 3,75, still Sterk:
    // not on the border. With three answers one step down gives 3⅔, Onderweg: on the border.
    const all = { b1: 4, b2: 4, b3: 2, b4: 4 } as const;
    const three = { b1: 4, b2: 4, b3: 'unknown', b4: 4 } as const;
    const bieden = (answers: Record<string, number | 'unknown'>) =>
      objectivesOf(sample, { dimensions: [{ id: 'bieden', score: 4 }], answers }).find((objective) => objective.id.startsWith('bieden'))!.id;
    expect(bieden(all)).toBe('bieden_sterk');
    expect(bieden(three)).toBe('bieden_op-de-grens_onderweg_sterk');
  });

  it('names the band by the shown score, as the result screen does', () => {
    // 2.46 is shown as 2.5, which the screen places in Onderweg (on the border with Begin).
    expect(objectivesOf(sample, { dimensions: [{ id: 'bieden', score: 2.46 }] }).find((objective) => objective.id.startsWith('bieden'))!.id).toBe('bieden_op-de-grens_begin_onderweg');
  });

  it('sends nothing for a teamscan, and a teamscan has no "met uitkomst" package', () => {
    const scores = sample.dimensions.map((dimension) => ({ id: dimension.id, score: 3 }));
    expect(objectivesOf({ ...sample, kind: 'teamscan' }, { dimensions: scores })).toEqual([]);
    expect(variantsFor('teamscan')).toEqual(['completion']);
    expect(variantsFor('zelfscan')).toEqual(['completion', 'outcome']);
  });
});

/** A SCORM 1.2 API that records every call; `failing` makes a call return "false" with error 101. */
function recordingApi(stored: Record<string, string> = {}, failing: string[] = []) {
  const calls: string[] = [];
  let lastError = '0';
  const outcome = (name: string) => {
    lastError = failing.includes(name) ? '101' : '0';
    return lastError === '0' ? 'true' : 'false';
  };
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('LMSInitialize'), outcome('LMSInitialize')),
    LMSFinish: () => (calls.push('LMSFinish'), outcome('LMSFinish')),
    LMSGetValue: (element) => (calls.push(`get ${element}`), (lastError = '0'), stored[element] ?? ''),
    LMSSetValue: (element, value) => {
      calls.push(`set ${element}=${value}`);
      stored[element] = value;
      return outcome('LMSSetValue');
    },
    LMSCommit: () => (calls.push('LMSCommit'), outcome('LMSCommit')),
    LMSGetLastError: () => lastError,
    LMSGetErrorString: (code) => (code === '101' ? 'General Exception' : ''),
  };
  return { api, calls, stored };
}

describe('finding the platform’s API (SCORM 1.2 RTE)', () => {
  it('looks up the parent chain, then the opener’s', () => {
    const { api } = recordingApi();
    const top: WindowLike = { API: api };
    top.parent = top;
    const frame: WindowLike = { parent: { parent: top } };
    expect(findApi(frame)).toBe(api);
    expect(findApi({ parent: null, opener: { parent: top } })).toBe(api);
  });

  it('gives up after seven parents, and when a parent of another origin refuses access', () => {
    const { api } = recordingApi();
    let chain: WindowLike = { API: api };
    for (let level = 0; level < 8; level += 1) chain = { parent: chain };
    expect(findApi(chain)).toBeNull();
    const foreign = {
      get API(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(findApi({ parent: foreign as WindowLike })).toBeNull();
  });
});

describe('a session with the platform', () => {
  it('marks a new learner incomplete, completes, reports objectives (id and status, no score) and finishes once', () => {
    const { api, calls, stored } = recordingApi();
    let clock = 0;
    const session = new PlatformSession(api, () => {}, () => clock);
    expect(session.start()).toEqual({ statusOnArrival: '', clearedProgress: false });
    expect(stored['cmi.core.lesson_status']).toBe('incomplete');
    session.complete();
    expect(Object.keys(stored).filter((element) => element.startsWith('cmi.objectives'))).toEqual([]);
    session.reportObjectives([{ id: 'verbinden_op-weg', scored: true }, { id: 'positie', scored: false }]);
    expect(stored).toMatchObject({
      'cmi.core.lesson_status': 'completed',
      'cmi.objectives.0.id': 'verbinden_op-weg',
      'cmi.objectives.0.status': 'completed',
      'cmi.objectives.1.id': 'positie',
      'cmi.objectives.1.status': 'incomplete',
    });
    expect(Object.keys(stored).filter((element) => element.includes('score'))).toEqual([]);
    expect(stored['cmi.suspend_data']).toBeUndefined();
    clock = 83_500;
    session.finish();
    session.finish();
    expect(stored['cmi.core.session_time']).toBe('0000:01:23.50');
    expect(calls.filter((call) => call === 'LMSFinish')).toHaveLength(1);
    expect(calls.filter((call) => call === 'LMSCommit').length).toBeGreaterThanOrEqual(2);
    // After the session has finished, nothing more is written.
    session.reportObjectives([{ id: 'later_op-weg', scored: true }]);
    expect(Object.values(stored)).not.toContain('later_op-weg');
  });

  it('does not set a learner who finished before back to incomplete, and clears at once the answers an older package left', () => {
    const { api, stored } = recordingApi({ 'cmi.core.lesson_status': 'completed', 'cmi.suspend_data': 'ea2|1||4---', 'cmi.core.exit': 'suspend' });
    const start = new PlatformSession(api, () => {}).start();
    expect(start).toEqual({ statusOnArrival: 'completed', clearedProgress: true });
    expect(stored['cmi.core.lesson_status']).toBe('completed');
    expect(stored['cmi.suspend_data']).toBe('');
    expect(stored['cmi.core.exit']).toBe('');
  });

  it('reports every failed call with its error code, and goes on', () => {
    const { api, stored } = recordingApi({}, ['LMSCommit']);
    const problems: PlatformProblem[] = [];
    const session = new PlatformSession(api, (problem) => problems.push(problem));
    session.start();
    session.complete();
    expect(problems[0]).toEqual({ call: 'LMSCommit', code: '101', description: 'General Exception' });
    expect(stored['cmi.core.lesson_status']).toBe('completed');
  });

  it('writes session time as CMITimespan', () => {
    expect(cmiTimespan(0)).toBe('0000:00:00.00');
    expect(cmiTimespan(3_600_000 + 61_250)).toBe('0001:01:01.25');
  });
});

describe('what each package writes to the platform', () => {
  const attempt = { dimensions: sample.dimensions.map((dimension) => ({ id: dimension.id, score: 3 })) };
  /** Every element a learner's session writes, in a session that finishes. */
  function written(kind: 'zelfscan' | 'teamscan', variant: 'completion' | 'outcome', arrival: Record<string, string> = {}, consent: 'send' | 'no choice' = 'send') {
    const { api, calls, stored } = recordingApi(arrival);
    const session = new PlatformSession(api, () => {});
    session.start();
    const relay = platformRelay({ ...sample, kind }, variant, session);
    relay.onComplete(attempt);
    if (consent === 'send') relay.sendOutcome?.(attempt);
    session.finish();
    const elements = [...new Set(calls.filter((call) => call.startsWith('set ')).map((call) => call.slice(4).split('=')[0]!))];
    return { elements, stored };
  }

  it('"alleen afronding" of a self-scan sends completion and time only: no answers, no progress, no scores', () => {
    const { elements } = written('zelfscan', 'completion');
    expect(elements.sort()).toEqual(['cmi.core.lesson_status', 'cmi.core.session_time']);
  });

  it('a teamscan sends completion and time only, and cannot send an outcome whatever the package', () => {
    expect(written('teamscan', 'completion').elements.sort()).toEqual(['cmi.core.lesson_status', 'cmi.core.session_time']);
    expect(written('teamscan', 'outcome').elements.sort()).toEqual(['cmi.core.lesson_status', 'cmi.core.session_time']);
    expect(platformRelay({ ...sample, kind: 'teamscan' }, 'outcome', { complete: () => {}, reportObjectives: () => {} }).sendOutcome).toBeUndefined();
  });

  it('"met uitkomst" without the respondent’s consent sends completion and time only', () => {
    const { elements } = written('zelfscan', 'outcome', {}, 'no choice');
    expect(elements.sort()).toEqual(['cmi.core.lesson_status', 'cmi.core.session_time']);
  });

  it('"alleen afronding" offers no outcome to send', () => {
    expect(platformRelay(sample, 'completion', { complete: () => {}, reportObjectives: () => {} }).sendOutcome).toBeUndefined();
  });

  it('"met uitkomst" with the respondent’s consent keeps no progress either, and sends per dimension an id naming its band and a status, no score', () => {
    const { elements, stored } = written('zelfscan', 'outcome');
    expect(elements).not.toContain('cmi.suspend_data');
    expect(elements).not.toContain('cmi.core.exit');
    expect(elements.filter((element) => element.includes('score'))).toEqual([]);
    const first = sample.dimensions[0]!;
    expect(stored['cmi.objectives.0.id']).toBe(`${first.id}_${identifierPart(first.bands.find((band) => 3 >= band.from && 3 <= band.to)!.label)}`);
    expect(stored['cmi.objectives.0.status']).toBe('completed');
  });

  for (const variant of ['completion', 'outcome'] as const) {
    it(`"${variant}" ignores and clears answers an earlier package left in the platform`, () => {
      const { stored } = written('zelfscan', variant, { 'cmi.suspend_data': 'ea2|1||4---' });
      expect(stored['cmi.suspend_data']).toBe('');
    });
  }
});

describe('imsmanifest.xml', () => {
  it('escapes the content’s text and lists every file of the SCO', () => {
    const xml = manifestXml({ identifier: 'x-v2', version: 2, title: 'A & <B>', description: '"quoted"', language: 'nl', launch: 'index.html', files: ['index.html', 'scorm.js'] });
    expect(xml).toContain('<title>A &amp; &lt;B&gt;</title>');
    expect(xml).toContain('&quot;quoted&quot;');
    expect(xml).toContain('<file href="scorm.js"/>');
    expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
  });
});
