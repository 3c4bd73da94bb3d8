import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedbackForm } from './strings/nl';
import {
  answersToWire,
  balanceHints,
  checkRequest,
  checksum,
  CODE_ERRORS,
  cleanText,
  decodeAnswers,
  decodeRequest,
  encodeAnswers,
  encodeRequest,
  type Feeling,
  type FeedbackAnswers,
  type FeedbackRequest,
  FEELINGS,
  fromBase64Url,
  LIMITS,
  locateCode,
  type QuestionKind,
  requestFromDraft,
  STANDARD_KINDS,
  toBase64Url,
} from './feedback-code';
import { addReceived, emptyInbox, removeReceived, validateInbox } from './inbox';
import { encodeResult } from '../assessment/result-code';

const request: FeedbackRequest = {
  subject: 'Advies over het verzuim op de afdeling Wijkzaken',
  sender: 'Team HR-advies',
  createdOn: '2026-11-23',
  questions: [
    { kind: 'eigen', text: 'Past het advies bij je vraag?' },
    { kind: 'goed', text: 'Wat deden de adviseurs goed?' },
    { kind: 'beter', text: 'Wat kan de volgende keer beter?' },
    { kind: 'letop', text: 'Waar moeten we op letten als je ons de volgende keer om advies vraagt?' },
    { kind: 'gevoel', text: 'Welk gevoel krijg je bij deze adviseurs?' },
  ],
};

const answers: FeedbackAnswers = {
  subject: request.subject,
  sender: request.sender,
  createdOn: request.createdOn,
  answeredOn: '2026-11-30',
  clientName: 'Jan',
  items: request.questions.map((question, index) => ({
    ...question,
    answer: ['Grotendeels, ja.', 'Goed geluisterd.', 'Eerder laten zien wat jullie bieden.\nEn korter.', '', 'Vertrouwen 😊'][index]!,
    feeling: question.kind === 'gevoel' ? 'vertrouwen' : null,
  })),
};

/** Text a person may type: any Unicode, with Dutch diacritics, emoji and line breaks likely. */
const anyText = (maxLength: number) =>
  fc
    .array(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 8 }),
        fc.constantFrom('é', 'ë', 'ï', 'ĳ', 'ü', 'ó', '€', '’', '“', '”', '👍🏽', '🇳🇱', '\n', '\r\n', '\t', ' ', '"', '\\', '<script>'),
      ),
      { maxLength: 30 },
    )
    .map((parts) => cleanText(parts.join('')).slice(0, maxLength))
    .map((text) => (/[\uD800-\uDBFF]$/.test(text) ? text.slice(0, -1) : text));

const nonBlank = (maxLength: number) => anyText(maxLength).map((text) => (text.trim() === '' ? `x${text}`.slice(0, maxLength) : text));

const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

const requestArb: fc.Arbitrary<FeedbackRequest> = fc
  .record({
    subject: nonBlank(LIMITS.subject),
    sender: anyText(LIMITS.sender),
    createdOn: day,
    own: fc.array(nonBlank(LIMITS.question), { maxLength: LIMITS.ownQuestions }),
    standard: fc.subarray(['goed', 'beter'] as const),
    texts: fc.array(nonBlank(LIMITS.question), { minLength: 3, maxLength: 3 }),
  })
  .map(({ subject, sender, createdOn, own, standard, texts }) => ({
    subject,
    sender,
    createdOn,
    questions: [
      ...own.map((text) => ({ kind: 'eigen' as QuestionKind, text })),
      ...STANDARD_KINDS.filter((kind) => kind === 'gevoel' || (standard as readonly string[]).includes(kind)).map((kind, index) => ({ kind, text: texts[index]! })),
    ],
  }));

const answersArb: fc.Arbitrary<FeedbackAnswers> = fc
  .record({
    request: requestArb,
    answeredOn: day,
    clientName: anyText(LIMITS.clientName),
    texts: fc.array(anyText(LIMITS.answer), { minLength: 7, maxLength: 7 }),
    feeling: fc.option(fc.constantFrom(...FEELINGS), { nil: null }),
  })
  .map(({ request: base, answeredOn, clientName, texts, feeling }) => ({
    subject: base.subject,
    sender: base.sender,
    createdOn: base.createdOn,
    answeredOn,
    clientName,
    items: base.questions.map((question, index) => ({
      ...question,
      // Every code holds at least one answer: the feeling question always says something.
      answer: question.kind === 'gevoel' && feeling === null && texts[index]!.trim() === '' ? 'Prima' : texts[index]!,
      feeling: question.kind === 'gevoel' ? (feeling as Feeling | null) : null,
    })),
  }));

async function decodeError(promise: Promise<{ ok: boolean; error?: string }>) {
  const result = await promise;
  expect(result.ok).toBe(false);
  return result.error;
}

describe('feedback codes: round trip', () => {
  it('a request comes back exactly, with a versioned prefix and a checksum', async () => {
    const code = await encodeRequest(request);
    expect(code).toMatch(/^FBV1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(await decodeRequest(code)).toEqual({ ok: true, value: request, code });
  });

  it('answers come back exactly; deflate keeps a typical code short', async () => {
    const code = await encodeAnswers(answers);
    expect(code).toMatch(/^FBA1\./);
    expect(code.length).toBeLessThan(700);
    expect(await decodeAnswers(code)).toEqual({ ok: true, value: answers, code });
  });

  it('any request with any Unicode text survives the trip', async () => {
    await fc.assert(
      fc.asyncProperty(requestArb, async (value) => {
        expect(checkRequest(value)).toEqual([]);
        const code = await encodeRequest(value);
        expect(await decodeRequest(code)).toEqual({ ok: true, value, code });
      }),
      { numRuns: 150 },
    );
  });

  it('any answers with any Unicode text survive the trip', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, async (value) => {
        const code = await encodeAnswers(value);
        expect(await decodeAnswers(code)).toEqual({ ok: true, value, code });
      }),
      { numRuns: 150 },
    );
  });

  it('the largest possible answers, even in hard-to-compress text, stay within the size limit', async () => {
    const noise = (length: number, seed: number) =>
      Array.from({ length }, (_, index) => String.fromCodePoint(0x4e00 + ((index * 7919 + seed * 104729) % 20000))).join('');
    const largest: FeedbackAnswers = {
      subject: noise(LIMITS.subject, 1),
      sender: noise(LIMITS.sender, 2),
      createdOn: '2026-01-01',
      answeredOn: '2026-01-02',
      clientName: noise(LIMITS.clientName, 3),
      items: [
        ...[0, 1, 2].map((index) => ({ kind: 'eigen' as const, text: noise(LIMITS.question, 10 + index), answer: noise(LIMITS.answer, 20 + index), feeling: null })),
        ...STANDARD_KINDS.map((kind, index) => ({ kind, text: noise(LIMITS.question, 30 + index), answer: noise(LIMITS.answer, 40 + index), feeling: null })),
      ],
    };
    const code = await encodeAnswers(largest);
    expect(code.length).toBeLessThan(LIMITS.payload);
    expect((await decodeAnswers(code)).ok).toBe(true);
  });

  it('a code spread over lines, inside a mail or at the end of a link is still found', async () => {
    const code = await encodeAnswers(answers);
    const wrapped = code.replace(/(.{60})/g, '$1\n');
    const mail = `Hallo,\n\nHier is mijn feedback: https://example.org/hulpmiddelen/feedbackForm/#antwoord=${wrapped}\n\nGroet, Jan`;
    expect(await decodeAnswers(mail)).toMatchObject({ ok: true, value: answers });
    expect(await decodeAnswers(`  ${code}  `)).toMatchObject({ ok: true });
    expect(await decodeAnswers(`${code}\n\nNog een keer: ${code}`)).toMatchObject({ ok: true });
  });

  it('base64url round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });
});

describe('feedback codes: what is rejected', () => {
  it('any single changed character is rejected', async () => {
    const codes = [await encodeAnswers(answers), await encodeRequest(request)];
    const replacement = fc.oneof(fc.constantFrom(...'ABCXYZabcxyz0189-_.=é👍 \n'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(0, 1), fc.nat(), replacement, async (which, position, char) => {
        const code = codes[which]!;
        const index = position % code.length;
        fc.pre(code[index] !== char);
        const changed = code.slice(0, index) + char + code.slice(index + 1);
        const result = which === 0 ? await decodeAnswers(changed) : await decodeRequest(changed);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 600 },
    );
  });

  it('every position, changed to its neighbour in the alphabet, is rejected', async () => {
    const code = await encodeAnswers(answers);
    for (let index = 0; index < code.length; index++) {
      const next = code[index] === 'z' ? 'a' : String.fromCharCode(code.charCodeAt(index) + 1);
      const result = await decodeAnswers(code.slice(0, index) + next + code.slice(index + 1));
      expect(result.ok, `position ${index}`).toBe(false);
    }
  });

  it('a truncated code says it is incomplete or damaged', async () => {
    const code = await encodeAnswers(answers);
    for (const cut of [5, 20, code.length - 12, code.length - 9, code.length - 3, code.length - 1]) {
      expect(['incomplete', 'checksum']).toContain(await decodeError(decodeAnswers(code.slice(0, cut))));
    }
  });

  it('a request where answers are expected, and the other way round, is named as such', async () => {
    const requestCode = await encodeRequest(request);
    const answerCode = await encodeAnswers(answers);
    expect(await decodeError(decodeAnswers(requestCode))).toBe('wrong-kind');
    expect(await decodeError(decodeAnswers(`https://example.org/hulpmiddelen/feedbackForm/#verzoek=${requestCode}`))).toBe('wrong-kind');
    expect(await decodeError(decodeRequest(answerCode))).toBe('wrong-kind');
  });

  it('an assessment result code is recognised as foreign', async () => {
    const resultCode = encodeResult({ code: 'EA', version: 2, month: '2026-11', role: null, scores: [3.2, 4, null, 2.5] }, 1, 5);
    expect(await decodeError(decodeAnswers(resultCode))).toBe('assessment-code');
    expect(await decodeError(decodeAnswers(`https://example.org/zelfscans/x/#resultaat=${resultCode}`))).toBe('assessment-code');
    expect(await decodeError(decodeAnswers('zomaar wat tekst'))).toBe('not-a-code');
    expect(await decodeError(decodeAnswers('   \n'))).toBe('empty');
  });

  it('a code from another format version is named as such', async () => {
    const code = (await encodeAnswers(answers)).replace(/^FBA1\./, 'FBA2.');
    expect(await decodeError(decodeAnswers(code))).toBe('version');
  });

  it('two different answer codes in one text are refused', async () => {
    const one = await encodeAnswers(answers);
    const two = await encodeAnswers({ ...answers, clientName: 'Piet' });
    expect(await decodeError(decodeAnswers(`${one}\n${two}`))).toBe('several');
  });

  it('oversized input and oversized payloads are refused before any work', async () => {
    expect(await decodeError(decodeAnswers('x'.repeat(LIMITS.input + 1)))).toBe('too-long');
    const payload = 'A'.repeat(LIMITS.payload + 1);
    const prefix = 'FBA1.';
    expect(locateCode(`${prefix}${payload}.${checksum(prefix + payload)}`, 'answers')).toBe('too-long');
  });

  /** Builds a code with a valid checksum around any body: what a forger could make. */
  const forge = (kind: 'A' | 'V', body: Uint8Array) => {
    const prefix = `FB${kind}1.`;
    const payload = toBase64Url(body);
    return `${prefix}${payload}.${checksum(prefix + payload)}`;
  };
  const plain = (value: unknown) => new Uint8Array([0, ...new TextEncoder().encode(JSON.stringify(value))]);

  it('a forged code with a valid checksum but a wrong structure is refused', async () => {
    const wire = answersToWire(answers);
    const forgeries: unknown[] = [
      null,
      'tekst',
      [],
      { ...wire, extra: 1 },
      { ...wire, s: '' },
      { ...wire, s: 'x'.repeat(LIMITS.subject + 1) },
      { ...wire, d: '2026-02-30' },
      { ...wire, c: 'morgen' },
      { ...wire, k: 42 },
      { ...wire, q: [] },
      { ...wire, q: wire.q.map((item) => [...item.slice(0, 2), 'x'.repeat(LIMITS.answer + 1), item[3]]) },
      { ...wire, q: wire.q.map((item) => (item[0] === 'gevoel' ? [item[0], item[1], item[2], 'blij'] : item)) },
      { ...wire, q: wire.q.map((item) => (item[0] === 'goed' ? [item[0], item[1], item[2], 'vertrouwen'] : item)) },
      { ...wire, q: wire.q.filter((item) => item[0] !== 'gevoel') },
      { ...wire, q: [...wire.q, ['goed', 'Nog eens?', '', null]] },
      { ...wire, q: [...wire.q, ['eigen', 'a', '', null], ['eigen', 'b', '', null], ['eigen', 'c', '', null]] },
      { ...wire, q: wire.q.map((item) => ['anders', ...item.slice(1)]) },
      { ...wire, q: wire.q.map((item) => item.slice(0, 3)) },
      { ...wire, q: wire.q.map((item) => [item[0], item[1], '', null]) },
    ];
    for (const forged of forgeries) expect(await decodeError(decodeAnswers(forge('A', plain(forged)))), JSON.stringify(forged).slice(0, 80)).toBe('damaged');
    expect(await decodeError(decodeAnswers(forge('A', new Uint8Array([7, 1, 2, 3]))))).toBe('damaged');
    expect(await decodeError(decodeAnswers(forge('A', new Uint8Array([1, 255, 254, 253, 0, 1]))))).toBe('damaged');
    expect(await decodeError(decodeAnswers(forge('A', new Uint8Array([0, 0xc3, 0x28]))))).toBe('damaged');
    expect(await decodeError(decodeAnswers(forge('A', new Uint8Array([0]))))).toBe('damaged');
    expect(await decodeError(decodeRequest(forge('V', plain({ s: 'x', n: '', d: '2026-01-01', q: [['gevoel', '   ']] }))))).toBe('damaged');
  });

  it('a small code that unfolds into too much text is refused (no zip bomb)', async () => {
    const huge = new TextEncoder().encode(`{"s":"${'a'.repeat(LIMITS.json * 4)}"}`);
    const stream = new CompressionStream('deflate-raw');
    const writer = stream.writable.getWriter();
    void writer.write(huge);
    void writer.close();
    const deflated = new Uint8Array(await new Response(stream.readable).arrayBuffer());
    const code = forge('A', new Uint8Array([1, ...deflated]));
    expect(code.length).toBeLessThan(3000);
    expect(await decodeError(decodeAnswers(code))).toBe('too-long');
  });

  it('random text never throws and never decodes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'binary' }).map((text) => `FBA1.${text}`),
          fc.stringMatching(/^FB[AV]1\.[A-Za-z0-9_-]{0,80}\.[0-9a-f]{8}$/),
        ),
        async (text) => {
          const [first, second] = await Promise.all([decodeAnswers(text), decodeRequest(text)]);
          expect(first.ok).toBe(false);
          expect(second.ok).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('anything that is not a string is simply refused', async () => {
    for (const value of [undefined, null, 42, {}, ['FBA1.']]) expect((await decodeAnswers(value)).ok).toBe(false);
  });

  it('every error has a Dutch message, for both boxes', () => {
    for (const error of CODE_ERRORS) {
      expect(feedbackForm.errors.answers[error]).toMatch(/\S/);
      expect(feedbackForm.errors.request[error]).toMatch(/\S/);
    }
  });
});

describe('the adviser’s request', () => {
  const draft = {
    subject: '  Verzuim Wijkzaken ',
    sender: 'Anna',
    standard: {
      goed: { include: true, text: 'Goed?' },
      beter: { include: true, text: 'Beter?' },
      gevoel: { include: false, text: 'Gevoel?' },
    },
    own: ['Past het?\r\n'],
  };

  it('puts own questions first and always keeps the feeling question last', () => {
    const built = requestFromDraft(draft, '2026-11-23');
    expect(built.subject).toBe('Verzuim Wijkzaken');
    expect(built.questions).toEqual([
      { kind: 'eigen', text: 'Past het?' },
      { kind: 'goed', text: 'Goed?' },
      { kind: 'beter', text: 'Beter?' },
      { kind: 'gevoel', text: 'Gevoel?' },
    ]);
    expect(checkRequest(built)).toEqual([]);
  });

  it('names every problem with its field', () => {
    const built = requestFromDraft({ ...draft, subject: ' ', own: ['', 'x'.repeat(LIMITS.question + 1), 'c', 'd'] }, '2026-11-23');
    expect(checkRequest(built)).toEqual([
      { field: 'subject', problem: 'empty' },
      { field: 'question', index: 0, problem: 'empty' },
      { field: 'question', index: 1, problem: 'too-long' },
      { field: 'questions', problem: 'own-count' },
    ]);
  });

  it('a request that checkRequest refuses cannot be encoded', async () => {
    await expect(encodeRequest({ ...request, subject: '' })).rejects.toThrow();
  });
});

describe('balance hints and the device list', () => {
  it('asks the adviser to talk about what the client left open', () => {
    expect(balanceHints(answers)).toEqual([]);
    const quiet = { ...answers, items: answers.items.map((item) => (item.kind === 'beter' || item.kind === 'gevoel' ? { ...item, answer: ' ', feeling: null } : item)) };
    expect(balanceHints(quiet)).toEqual(['no-better', 'no-feeling']);
  });

  it('keeps one entry per code, newest first, and validates what comes back', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    let inbox = addReceived(emptyInbox(), 'FBA1.a.00000000', answers, now).inbox;
    const again = addReceived(inbox, 'FBA1.a.00000000', answers, now);
    expect(again.added).toBe(false);
    inbox = addReceived(inbox, 'FBA1.b.00000000', { ...answers, subject: 'Tweede' }, now).inbox;
    expect(inbox.received.map((entry) => entry.answers.subject)).toEqual(['Tweede', answers.subject]);
    const stored = JSON.parse(JSON.stringify({ ...inbox, received: inbox.received.map((entry) => ({ ...entry, answers: answersToWire(entry.answers) })) }));
    expect(validateInbox(stored)).toEqual(inbox);
    expect(validateInbox({ ...stored, received: [{ ...stored.received[0], answers: { s: 'x' } }] })).toBeUndefined();
    expect(removeReceived(inbox, inbox.received[0]!.id).received).toHaveLength(1);
  });
});
