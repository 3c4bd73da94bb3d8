/**
 * "Jouw gegevens": everything this site keeps on the device, with its size; export it as one
 * file, import such a file on another device (a merge that shows what it adds first), and
 * delete per item or everything. The logic is in your-data.ts; this view reads localStorage,
 * words the kinds and reasons, and moves focus where the reader's next step is.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { localDay } from '../../lib/dates';
import { formatBytes, formatDay } from '../../lib/format';
import { browserStorage } from '../../lib/storage';
import { ConfirmButton } from '../shared/ConfirmButton';
import { downloadJson } from '../shared/download';
import { JsonFilePicker } from '../shared/JsonFilePicker';
import { classifyKey } from '../stored-areas';
import { yourDataStrings } from './strings';
import { applyMerge, exportAll, inventory, parseImport, planMerge, type ExportFile, type InventoryItem, type MergePlan } from './your-data';
import './your-data.css';

interface Props {
  /** Assessment id → its title, for naming what is stored. */
  assessmentTitles: Record<string, string>;
  /** Tool id → its title. */
  toolTitles: Record<string, string>;
}

type Message = { text: string; tone: 'info' | 'error' };
type PendingImport = { plan: MergePlan; seen: Map<string, string> };


/** This site's entries in localStorage, or undefined when the browser refuses access. */
function readEntries(): Map<string, string> | undefined {
  if (!browserStorage()) return undefined;
  try {
    const storage = globalThis.localStorage;
    const entries = new Map<string, string>();
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      const value = key === null ? null : storage.getItem(key);
      if (key !== null && value !== null) entries.set(key, value);
    }
    return entries;
  } catch {
    return undefined;
  }
}

export default function YourData({ assessmentTitles, toolTitles }: Props) {
  const t = yourDataStrings();
  const [entries, setEntries] = useState<Map<string, string> | undefined | 'loading'>('loading');
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const inventoryHeading = useRef<HTMLHeadingElement>(null);
  const planHeading = useRef<HTMLHeadingElement>(null);
  const id = useId();

  const reload = () => setEntries(readEntries());
  useEffect(() => {
    // Storage cannot be read in the server render: read it after hydration, and again when
    // another tab of this site changes it, so the list never shows what is no longer there.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- syncing with an external system (the browser's storage)
    reload();
    const onStorage = () => reload();
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  useEffect(() => {
    if (pending) planHeading.current?.focus();
  }, [pending]);

  if (entries === 'loading') return <p className="your-data__loading">{t.loading}</p>;
  if (entries === undefined) return <p className="your-data__message your-data__message--error">{t.unavailable}</p>;

  const items = inventory(entries);
  const titleOf = (key: string) => nameOfKey(key, assessmentTitles, toolTitles);

  const say = (text: string, tone: Message['tone'] = 'info') => setMessage({ text, tone });

  const remove = (keys: string[], done: string, failed: string) => {
    try {
      for (const key of keys) globalThis.localStorage.removeItem(key);
      say(done);
    } catch {
      say(failed, 'error');
    }
    reload();
    inventoryHeading.current?.focus();
  };

  const exportFile = () => {
    const name = t.exportFileName(localDay());
    downloadJson(exportAll(entries, new Date()), name);
    say(t.exported(name));
  };

  const readImport = async (file: File | undefined) => {
    if (!file) return;
    setPending(null);
    let text: string;
    try {
      text = await file.text();
    } catch {
      say(t.importReadFailed, 'error');
      return;
    }
    const parsed = parseImport(text);
    if (!parsed.ok) {
      say(t.importRefused(parsed.reason, parsed.key), 'error');
      return;
    }
    const now = readEntries();
    if (!now) {
      say(t.unavailable, 'error');
      return;
    }
    const plan = planMerge(now, parsed.file satisfies ExportFile);
    if (plan.changes.length === 0) {
      say(t.planNothing);
      return;
    }
    setMessage(null);
    setPending({ plan, seen: now });
  };

  const confirmImport = () => {
    if (!pending) return;
    const result = applyMerge(globalThis.localStorage, pending.plan, pending.seen);
    setPending(null);
    reload();
    const parts = [result.written.length > 0 ? t.imported(result.written.length) : '', result.failed.length > 0 ? t.importPartlyFailed(result.failed.length) : ''];
    say(parts.filter(Boolean).join(' '), result.failed.length > 0 ? 'error' : 'info');
    inventoryHeading.current?.focus();
  };

  const cancelImport = () => {
    setPending(null);
    say(t.planCancelled);
  };

  const groups = (['assessment', 'tool', 'backup'] as const).map((kind) => ({ kind, items: items.filter((item) => item.area.kind === kind) }));
  const totalBytes = items.reduce((sum, item) => sum + item.bytes, 0);

  return (
    <div className="your-data">
      <div className="your-data__live" role="status" aria-live="polite">
        {message && <p className={`your-data__message your-data__message--${message.tone}`}>{message.text}</p>}
      </div>

      {pending && (
        <section className="your-data__plan" aria-labelledby={`${id}-plan`}>
          <h2 id={`${id}-plan`} ref={planHeading} tabIndex={-1}>
            {t.planTitle}
          </h2>
          <ul className="your-data__list">
            {pending.plan.changes.map((change) => (
              <li key={change.key} className="your-data__item">
                <span className="your-data__name">{titleOf(change.key)}</span>
                <span className="your-data__meta">{change.kind === 'add' ? t.planAdd : t.planAddAttempts(change.added)}</span>
              </li>
            ))}
          </ul>
          {pending.plan.kept.length > 0 && (
            <>
              <h3>{t.planKeptTitle}</h3>
              <ul className="your-data__list">
                {pending.plan.kept.map((kept) => (
                  <li key={kept.key} className="your-data__item">
                    <span className="your-data__name">{titleOf(kept.key)}</span>
                    <span className="your-data__meta">{t.planKept(kept.reason)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="your-data__actions">
            <button type="button" className="button" onClick={confirmImport}>
              {t.planConfirm}
            </button>
            <button type="button" className="button button--secondary" onClick={cancelImport}>
              {t.planCancel}
            </button>
          </div>
        </section>
      )}

      <section aria-labelledby={`${id}-inventory`}>
        <h2 id={`${id}-inventory`} ref={inventoryHeading} tabIndex={-1}>
          {t.inventoryTitle}
        </h2>
        {items.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <>
            <p>{t.total(items.length, formatBytes(totalBytes))}</p>
            {groups
              .filter((group) => group.items.length > 0)
              .map((group) => (
                <section key={group.kind} className="your-data__group" aria-labelledby={`${id}-${group.kind}`}>
                  <h3 id={`${id}-${group.kind}`}>{t.groups[group.kind]}</h3>
                  {group.kind === 'backup' && <p className="your-data__explanation">{t.backupExplanation}</p>}
                  <ul className="your-data__list">
                    {group.items.map((item) => (
                      <StoredItem key={item.key} item={item} title={titleOf(item.key)} onRemove={() => remove([item.key], t.removed(titleOf(item.key)), t.removeFailed(titleOf(item.key)))} />
                    ))}
                  </ul>
                </section>
              ))}
            <div className="your-data__actions">
              <ConfirmButton label={t.removeAll} question={t.removeAllQuestion} confirmLabel={t.removeAllYes} cancelLabel={t.cancel} onConfirm={() => remove(items.map((item) => item.key), t.removedAll, t.removeAllFailed)} />
            </div>
          </>
        )}
      </section>

      <section className="your-data__transfer" aria-labelledby={`${id}-transfer`}>
        <h2 id={`${id}-transfer`}>{t.exportTitle}</h2>
        <p>{t.exportExplanation}</p>
        <div className="your-data__actions">
          {items.length > 0 ? (
            <button type="button" className="button" onClick={exportFile}>
              {t.exportButton}
            </button>
          ) : (
            <p className="your-data__meta">{t.exportNothing}</p>
          )}
          <JsonFilePicker label={t.importButton} onFile={(file) => void readImport(file)} />
        </div>
      </section>
    </div>
  );
}

/** What a stored key holds, in the reader's words: "Effectief adviseren", "Beschadigde gegevens van Teamprofiel". */
function nameOfKey(key: string, assessmentTitles: Record<string, string>, toolTitles: Record<string, string>): string {
  const t = yourDataStrings();
  const area = classifyKey(key);
  const named = area?.kind === 'backup' ? area.of : area;
  const name =
    named?.kind === 'assessment'
      ? (assessmentTitles[named.assessmentId] ?? t.unknownAssessment(named.assessmentId))
      : named?.kind === 'tool'
        ? (toolTitles[named.toolId] ?? named.toolId)
        : undefined;
  if (area?.kind === 'backup') return name ? t.backupOf(name) : t.backupOfUnknown;
  return name ?? key;
}

function StoredItem({ item, title, onRemove }: { item: InventoryItem; title: string; onRemove: () => void }) {
  const t = yourDataStrings();
  const { area } = item;
  const content =
    area.kind === 'backup'
      ? t.setAsideAt(Number.isNaN(Date.parse(area.setAsideAt)) ? area.setAsideAt : formatDay(area.setAsideAt))
      : !item.valid
        ? t.unreadable
        : area.kind === 'assessment'
          ? t.attempts(item.attempts ?? 0)
          : t.toolData;
  const legacy = area.kind !== 'backup' && area.legacy;
  return (
    <li className={`your-data__item${item.valid || area.kind === 'backup' ? '' : ' your-data__item--damaged'}`}>
      <span className="your-data__name">{title}</span>
      <span className="your-data__meta">
        {content}
        {legacy && ` (${t.legacy})`} · {formatBytes(item.bytes)}
      </span>
      <ConfirmButton label={t.remove} accessibleLabel={t.removeLabel(title)} question={t.removeQuestion(title)} confirmLabel={t.removeYes} cancelLabel={t.cancel} onConfirm={onRemove} triggerClassName="button button--secondary button--small" />
    </li>
  );
}
