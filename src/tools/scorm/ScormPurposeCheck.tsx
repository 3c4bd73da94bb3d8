/**
 * The waartoe-check inside a learning platform: completion only. The check's answers are a
 * manager's own words about a real request, so they never leave the device; the platform
 * hears that the check was opened and that its summary was reached.
 */
import { useState } from 'react';
import PurposeCheck from '../purpose-check/PurposeCheck';
import type { PurposeCheckContent } from '../purpose-check/purpose-check';
import { PlatformFrame, usePlatformSession } from './PlatformFrame';
import { scormStrings } from './strings/index';

interface Props {
  title: string;
  intro: string;
  content: PurposeCheckContent;
  siteUrl: string;
}

export default function ScormPurposeCheck({ title, intro, content, siteUrl }: Props) {
  const t = scormStrings();
  const { connection, problem } = usePlatformSession();
  const [completed, setCompleted] = useState(false);
  return (
    <PlatformFrame
      title={title}
      intro={intro}
      receives={t.toolReceives}
      neverSent={t.toolNeverSent}
      connection={connection}
      connectedStatus={completed ? t.toolCompletedNotice : t.connected}
      problem={problem}
      siteUrl={siteUrl}
    >
      {connection.kind !== 'searching' && (
        <PurposeCheck
          content={content}
          base={siteUrl}
          onSummary={() => {
            if (connection.kind !== 'connected') return;
            connection.session.complete();
            setCompleted(true);
          }}
        />
      )}
    </PlatformFrame>
  );
}
