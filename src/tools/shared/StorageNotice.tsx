/**
 * The one message about saving on this device: storage missing, full, damaged data set
 * aside, or damaged data that could not be set aside. Each tool words it in its own
 * strings file (`storage` messages), so the notice says what that tool will or won't keep.
 */
import type { StorageProblem } from './useStoredState';

interface Props {
  problem: StorageProblem | null;
  messages: Record<StorageProblem, string>;
  /** The tool's CSS block, for its notice style: `${block}__notice`. */
  block: string;
}

export function StorageNotice({ problem, messages, block }: Props) {
  if (!problem) return null;
  return (
    <p className={`${block}__notice ${block}__notice--warning`} role="status" data-print="hide">
      {messages[problem]}
    </p>
  );
}
