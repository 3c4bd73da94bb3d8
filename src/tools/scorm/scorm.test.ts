import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentAssessments } from '../../../tests/support/assessments';
import { sample } from '../../../tests/support/sample-assessment';
import { manifestXml } from './manifest';
import { objectivesOf } from './objectives';
import { platformRelay } from './relay';
import { keepsProgressOnPlatform, variantsFor } from './variants';
import { cmiTimespan, findApi, type PlatformProblem, PlatformSession, type Scorm12Api, type WindowLike } from './runtime';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from './suspend-data';

describe('suspend data (cmi.suspend_data)', () => {
  const assessments = contentAssessments();

  it('round-trips progress of every assessment: position, role, every kind of answer', () => {
    for (const assessment of assessments) {
      const answers = Object.fromEntries(
        assessment.items.map((item, index) => {
          const points = (assessment.dimensions.find((dimension) => dimension.id === item.dimension)?.scale ?? assessment.scale).points;
          return [item.id, index % 5 === 4 && assessment.scale.unknown ? ('unknown' as const) : points[index % points.length]!.value];
        }),
      );
      delete answers[assessment.items[1]!.id];
      const progress = { answers, position: assessment.items.length - 1, ...(assessment.role ? { role: 'leader' as const } : {}) };
      expect(decodeSuspendData(assessment, encodeSuspendData(assessment, progress))).toEqual(progress);
    }
  });

  it('fits SCORM 1.2’s 4,096 characters for the longest assessment, every item answered', () => {
    const longest = [...assessments].sort((a, b) => b.items.length - a.items.length)[0]!;
    const answers = Object.fromEntries(longest.items.map((item) => [item.id, longest.scale.points.at(-1)!.value]));
    const data = encodeSuspendData(longest, { answers, position: longest.items.length - 1, role: 'member' });
    expect(data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    // One character per item and a short header: room for 4,000 items.
    expect(data.length).toBeLessThan(longest.items.length + 20);
  });

  it('refuses progress of another assessment, another version, or a changed item count', () => {
    const [first, second] = assessments as [(typeof assessments)[0], (typeof assessments)[0]];
    const data = encodeSuspendData(first, { answers: {}, position: 2 });
    expect(decodeSuspendData(second, data)).toBeNull();
    expect(decodeSuspendData({ ...first, version: first.version + 1 }, data)).toBeNull();
    expect(decodeSuspendData({ ...first, items: first.items.slice(1) }, data)).toBeNull();
    expect(decodeSuspendData(first, '')).toBeNull();
  });

  it('reads nothing it did not write: no string throws, and what it accepts is a valid position and answers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('e', 'a', '2', '|', '-', 'u', '0', '4', 'm', 'x') })), (text) => {
        const decoded = decodeSuspendData(sample, text);
        if (decoded === null) return;
        expect(decoded.position).toBeLessThan(sample.items.length);
        for (const [id, value] of Object.entries(decoded.answers)) {
          expect(sample.items.some((item) => item.id === id)).toBe(true);
          expect(value === 'unknown' || sample.scale.points.some((point) => point.value === value)).toBe(true);
        }
      }),
    );
  });
});

describe('objectives of the "met uitkomst" package', () => {
  it('puts every dimension on 0–100: the lowest score 0, the highest 100, a balance in the middle 50', () => {
    const scores = sample.dimensions.map((dimension, index) => ({ id: dimension.id, score: dimension.kind === 'balance' ? 0 : index === 0 ? 1 : 5 }));
    expect(objectivesOf(sample, scores)).toEqual(sample.dimensions.map((dimension, index) => ({ id: dimension.id, raw: dimension.kind === 'balance' ? 50 : index === 0 ? 0 : 100 })));
  });

  it('reports a dimension without enough answers as unscored, not as 0', () => {
    expect(objectivesOf(sample, [{ id: sample.dimensions[0]!.id, score: null }])[0]).toEqual({ id: sample.dimensions[0]!.id, raw: null });
  });

  it('sends the score as shown on the result screen: a balance from its shown sides', () => {
    // Sides 3.25 and 3.5: shown 3.3 and 3.5, a balance of +0.2 (not the rounded exact 0.25 → 0.3): (0.2 + 4) / 8 = 52.5 → 53.
    const balance = sample.dimensions.find((dimension) => dimension.kind === 'balance')!;
    expect(objectivesOf(sample, [{ id: balance.id, score: 0.25, sides: [{ score: 3.25 }, { score: 3.5 }] }]).find((objective) => objective.id === balance.id)).toEqual({ id: balance.id, raw: 53 });
  });

  it('sends nothing for a teamscan, and a teamscan has no "met uitkomst" package', () => {
    const scores = sample.dimensions.map((dimension) => ({ id: dimension.id, score: 3 }));
    expect(objectivesOf({ ...sample, kind: 'teamscan' }, scores)).toEqual([]);
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
  it('marks a new learner incomplete, keeps progress, completes with objectives, clears the progress and finishes once', () => {
    const { api, calls, stored } = recordingApi();
    let clock = 0;
    const session = new PlatformSession(api, () => {}, () => clock);
    expect(session.start()).toEqual({ suspendData: '', statusOnArrival: '' });
    expect(stored['cmi.core.lesson_status']).toBe('incomplete');
    session.saveProgress('ea2|3||12--');
    expect(stored).toMatchObject({ 'cmi.suspend_data': 'ea2|3||12--', 'cmi.core.exit': 'suspend' });
    session.complete([{ id: 'verbinden', raw: 75 }, { id: 'positie', raw: null }]);
    expect(stored).toMatchObject({
      'cmi.core.lesson_status': 'completed',
      'cmi.suspend_data': '',
      'cmi.core.exit': '',
      'cmi.objectives.0.id': 'verbinden',
      'cmi.objectives.0.score.raw': '75',
      'cmi.objectives.0.status': 'completed',
      'cmi.objectives.1.id': 'positie',
      'cmi.objectives.1.status': 'incomplete',
    });
    expect(stored['cmi.objectives.1.score.raw']).toBeUndefined();
    clock = 83_500;
    session.finish();
    session.finish();
    expect(stored['cmi.core.session_time']).toBe('0000:01:23.50');
    expect(calls.filter((call) => call === 'LMSFinish')).toHaveLength(1);
    expect(calls.filter((call) => call === 'LMSCommit').length).toBeGreaterThanOrEqual(3);
  });

  it('does not set a learner who finished before back to incomplete, and hands back the kept progress', () => {
    const { api, stored } = recordingApi({ 'cmi.core.lesson_status': 'completed', 'cmi.suspend_data': 'ea2|1||----' });
    const start = new PlatformSession(api, () => {}).start();
    expect(start).toEqual({ suspendData: 'ea2|1||----', statusOnArrival: 'completed' });
    expect(stored['cmi.core.lesson_status']).toBe('completed');
  });

  it('reports every failed call with its error code, and goes on', () => {
    const { api, stored } = recordingApi({}, ['LMSCommit']);
    const problems: PlatformProblem[] = [];
    const session = new PlatformSession(api, (problem) => problems.push(problem));
    session.start();
    session.complete([]);
    expect(problems[0]).toEqual({ call: 'LMSCommit', code: '101', description: 'General Exception' });
    expect(stored['cmi.core.lesson_status']).toBe('completed');
  });

  it('writes session time as CMITimespan', () => {
    expect(cmiTimespan(0)).toBe('0000:00:00.00');
    expect(cmiTimespan(3_600_000 + 61_250)).toBe('0001:01:01.25');
  });
});

describe('what each package writes to the platform', () => {
  const progress = { answers: { [sample.items[0]!.id]: 4 }, position: 1 };
  const attempt = { dimensions: sample.dimensions.map((dimension) => ({ id: dimension.id, score: 3 })) };
  /** Every element a learner's session writes, in a session that answers a question and finishes. */
  function written(kind: 'zelfscan' | 'teamscan', variant: 'completion' | 'outcome', arrival: Record<string, string> = {}) {
    const { api, calls, stored } = recordingApi(arrival);
    const session = new PlatformSession(api, () => {});
    const { suspendData } = session.start();
    const relay = platformRelay({ ...sample, kind }, variant, session, suspendData);
    relay.onProgress(progress);
    relay.onComplete(attempt);
    session.finish();
    const elements = [...new Set(calls.filter((call) => call.startsWith('set ')).map((call) => call.slice(4).split('=')[0]!))];
    return { relay, elements, stored };
  }

  it('"alleen afronding" of a self-scan sends completion and time only: no answers, no progress, no scores', () => {
    const { relay, elements } = written('zelfscan', 'completion');
    expect(elements.sort()).toEqual(['cmi.core.lesson_status', 'cmi.core.session_time']);
    expect(relay.resume).toBeNull();
    expect(keepsProgressOnPlatform('zelfscan', 'completion')).toBe(false);
  });

  it('a teamscan sends completion and time only', () => {
    expect(written('teamscan', 'completion').elements.sort()).toEqual(['cmi.core.lesson_status', 'cmi.core.session_time']);
  });

  it('"met uitkomst" keeps progress while unfinished, then clears it and sends one objective per dimension', () => {
    const { api, calls, stored } = recordingApi();
    const session = new PlatformSession(api, () => {});
    const relay = platformRelay({ ...sample, kind: 'zelfscan' }, 'outcome', session, session.start().suspendData);
    relay.onProgress(progress);
    expect(calls).toContain(`set cmi.suspend_data=${encodeSuspendData(sample, progress)}`);
    relay.onComplete(attempt);
    expect(stored['cmi.suspend_data']).toBe('');
    expect(stored['cmi.objectives.0.id']).toBe(sample.dimensions[0]!.id);
  });

  it('"alleen afronding" ignores and clears answers an earlier package left in the platform', () => {
    const left = encodeSuspendData(sample, progress);
    const { relay, stored } = written('zelfscan', 'completion', { 'cmi.suspend_data': left });
    expect(relay.resume).toBeNull();
    expect(stored['cmi.suspend_data']).toBe('');
  });
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
