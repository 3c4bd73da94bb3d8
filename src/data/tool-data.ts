/**
 * A tool's data (content/tools/<id>.yaml) for its page, which hands it to the island as
 * props. Only tools that have a page ask, and a tool has a page only when its data file
 * exists (getTools()).
 */
import { readToolDataFile, type ToolDataOf, type ToolWithData } from './tool-data-files';

export async function getToolData<Id extends ToolWithData>(id: Id): Promise<ToolDataOf<Id>> {
  const file = await readToolDataFile(id);
  if (!file) throw new Error(`Tool "${id}" has no data file tools/${id}.yaml in the content folder`);
  return file.data;
}
