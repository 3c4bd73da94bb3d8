/** Reading iCalendar text back in tests (RFC 5545): unfolding, unescaping, content lines, events. */

/** Undoes folding (RFC 5545 §3.1): a CRLF followed by one space or tab is removed. */
export function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

/** Undoes TEXT escaping (§3.3.11). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

export interface ParsedLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Reads content lines: NAME;PARAM=VALUE:value (no quoted parameters are written here). */
export function parseCalendar(text: string): ParsedLine[] {
  return unfold(text)
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      const [name, ...params] = line.slice(0, colon).split(';');
      return { name: name!, params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])), value: line.slice(colon + 1) };
    });
}

/** Groups the lines of every VEVENT. */
export function eventsOf(lines: ParsedLine[]): Map<string, ParsedLine>[] {
  const events: Map<string, ParsedLine>[] = [];
  let current: Map<string, ParsedLine> | null = null;
  for (const line of lines) {
    if (line.name === 'BEGIN' && line.value === 'VEVENT') current = new Map();
    else if (line.name === 'END' && line.value === 'VEVENT' && current) {
      events.push(current);
      current = null;
    } else current?.set(line.name, line);
  }
  return events;
}
