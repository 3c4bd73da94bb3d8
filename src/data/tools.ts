/**
 * The workshop tools ("hulpmiddelen"), each with its own page under /hulpmiddelen/<id>/.
 * Navigation, the overview page, search and link checks read this list.
 */
export interface ToolInfo {
  id: string;
  title: string;
  description: string;
}

export const tools: ToolInfo[] = [];
