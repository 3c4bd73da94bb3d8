/** Interface strings of the NPS calculator, in English. */
import type { nps as dutch } from './nl';

export const nps: typeof dutch = {
  modeLegend: 'How do you want to enter the answers?',
  modeCounts: 'Number of answers per score',
  modePaste: 'Paste individual scores',
  countsLegend: 'How many people gave each score?',
  scoreLabel: (score: number) => `Score ${score}`,
  groups: { detractors: 'Detractors (0–6)', passives: 'Passives (7–8)', promoters: 'Promoters (9–10)' },
  pasteLabel: 'Paste the scores',
  pasteHelp: 'One score per line, or separated by commas, semicolons or tabs (for example, a column from a spreadsheet).',
  problemsTitle: (count: number) => `${count} ${count === 1 ? 'value was' : 'values were'} not counted:`,
  problem: (line: number, value: string) => `Line ${line}: “${value}” is not a whole score from 0 to 10.`,
  resultTitle: 'Result',
  empty: 'Enter numbers or paste scores; the result appears here straight away.',
  score: 'NPS',
  scale: 'on a scale from −100 to +100',
  summary: (nps: string, total: number) => `NPS ${nps}, calculated from ${total} ${total === 1 ? 'answer' : 'answers'}.`,
  tableCaption: 'Breakdown of the answers',
  group: 'Group',
  count: 'Number',
  share: 'Share',
  promoters: 'Promoters',
  passives: 'Passives',
  detractors: 'Detractors',
  total: 'Total',
  caution: (total: number, swing: string) =>
    `Please note: these are only ${total} ${total === 1 ? 'answer' : 'answers'}. If just one answer moves from detractor to promoter, the score shifts by ${swing} points. Use the result to start a conversation, not as a hard measurement.`,
  print: 'Print the result',
  clear: 'Start again',
};
