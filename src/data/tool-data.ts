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
import { readToolDataFile, type ToolDataFile, type ToolDataOf, type ToolWithData } from './tool-data-files';

const checked = new Map<ToolWithData, Promise<unknown>>();

export function getToolData<Id extends ToolWithData>(id: Id): Promise<ToolDataOf<Id>> {
  if (!checked.has(id)) checked.set(id, load(id));
  return checked.get(id) as Promise<ToolDataOf<Id>>;
}

async function load<Id extends ToolWithData>(id: Id): Promise<ToolDataOf<Id>> {
  const file = await readToolDataFile(id);
  if (!file) throw new Error(`Tool "${id}" has no data file tools/${id}.yaml in the content folder`);
  if (id === 'purpose-check') await checkLinks(file as ToolDataFile<ToolDataOf<'purpose-check'>>);
  return file.data;
}

async function checkLinks({ data, filePath }: ToolDataFile<ToolDataOf<'purpose-check'>>): Promise<void> {
  const targets = await getLinkTargets();
  const problems = data.links.flatMap((link, index) => {
    const problem = linkProblem(link.path, targets);
    return problem ? [`${filePath}: field "links.${index}.path": ${problem}`] : [];
  });
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
}
