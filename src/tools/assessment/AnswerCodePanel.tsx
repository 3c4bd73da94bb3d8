import { fnv1a32Hex } from '../../lib/codec';
import { pageLocale } from '../../page-locale';
import { useCopy } from '../shared/useCopy';
import { encodeAnswerCode } from './answer-code';
import type { Attempt } from './history';
import type { Assessment } from './model';
import { scaleRange } from './scoring';
import { assessmentStrings } from './strings/index';

interface Props {
  assessment: Pick<Assessment, 'code' | 'version' | 'scale' | 'items'>;
  attempt: Pick<Attempt, 'id' | 'role' | 'answers'>;
}

/**
 * The full-answer code for a trainer's group analysis (src/tools/group-analysis/), behind a
 * disclosure: most people never need it. The nonce comes from the attempt's id, so one attempt
 * always gives the same code and a code pasted twice can be recognised. The code records the
 * page's language: the scan was taken in that wording.
 */
export function AnswerCodePanel({ assessment, attempt }: Props) {
  const t = assessmentStrings().answerCode;
  const { status, copy } = useCopy<'code'>();
  const range = scaleRange(assessment.scale);
  const code = encodeAnswerCode(
    { role: attempt.role ?? null, language: pageLocale(), answers: attempt.answers, nonce: parseInt(fnv1a32Hex(attempt.id), 16) % 1024 },
    { code: assessment.code, version: assessment.version, scaleMin: range.min, scaleMax: range.max, items: assessment.items },
  );
  return (
    <details className="answer-code" data-print="hide">
      <summary>{t.title}</summary>
      <p>{t.explain}</p>
      <p className="share__code">
        <output aria-label={t.title} data-testid="answer-code">
          {code}
        </output>
      </p>
      <button type="button" className="button button--secondary" onClick={() => copy('code', code)}>
        {t.copy}
      </button>
      <p className="share__status" role="status">
        {status === 'code' ? t.copied : status === 'failed' ? assessmentStrings().share.copyFailed : ''}
      </p>
    </details>
  );
}
