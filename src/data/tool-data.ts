/**
 * A tool's data (content/tools/<id>.yaml) for its page, which hands it to the island as
 * props. Only tools that have a page ask, and a tool has a page only when its data file
 * exists (getTools()). The schema checked each file on its own while the content loaded;
 * what needs the whole site is checked here, once per build: the waartoe check's links
 * must lead to a page and heading that exist.
 */
import { linkProblem } from '../lib/link-targets';
import { ContentError } from '../schemas/report';
import { getLinkTargets } from './link-targets';
import type { Locale } from '../lib/urls';
import { pageLocale } from '../page-locale';
import { readToolDataFile, type ToolDataFile, type ToolDataOf, type ToolWithData } from './tool-data-files';

const checked = new Map<string, Promise<unknown>>();

/** A tool's data in one language (default: the page being rendered). */
export function getToolData<Id extends ToolWithData>(id: Id, locale: Locale = pageLocale()): Promise<ToolDataOf<Id>> {
  const key = `${locale}:${id}`;
  if (!checked.has(key)) checked.set(key, load(id, locale));
  return checked.get(key) as Promise<ToolDataOf<Id>>;
}

async function load<Id extends ToolWithData>(id: Id, locale: Locale): Promise<ToolDataOf<Id>> {
  const file = await readToolDataFile(id, locale);
  if (!file) throw new Error(`Tool "${id}" has no data file ${locale === 'en' ? 'en/' : ''}tools/${id}.yaml in the content folder`);
  if (id === 'purpose-check') await checkLinks(file as ToolDataFile<ToolDataOf<'purpose-check'>>, locale);
  return file.data;
}

async function checkLinks({ data, filePath }: ToolDataFile<ToolDataOf<'purpose-check'>>, locale: Locale): Promise<void> {
  const targets = await getLinkTargets(locale);
  const problems = data.links.flatMap((link, index) => {
    const problem = linkProblem(link.path, targets);
    return problem ? [`${filePath}: field "links.${index}.path": ${problem}`] : [];
  });
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
}
