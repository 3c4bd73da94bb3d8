/**
 * The workshop tools ("hulpmiddelen"), each with its own page under /hulpmiddelen/<id>/
 * (src/pages/hulpmiddelen/<id>.astro). Navigation, the overview page, search and the link
 * checks read this list. Add a tool here when its page exists.
 */
export interface ToolInfo {
  id: string;
  title: string;
  /** One sentence for the overview, search results and link previews. */
  description: string;
  /** Who uses it, as on the overview: "voor een facilitator". */
  audience: string;
  /** Chapters that explain what the tool supports (site paths). */
  related: string[];
}

export const tools: ToolInfo[] = [
  {
    id: 'teamprofiel',
    title: 'Teamprofiel',
    description: 'Combineer de anonieme resultaatcodes van teamleden tot een teamprofiel dat laat zien waar jullie het over eens zijn en waar niet.',
    audience: 'voor een begeleider van een teamsessie',
    related: ['/team/follow-up-sessie/', '/team/teamdag-klantgerichtheid/'],
  },
  {
    id: 'nps',
    title: 'NPS-rekenhulp',
    description: 'Bereken de Net Promoter Score uit aantallen per score of uit geplakte losse scores, met een waarschuwing bij kleine aantallen.',
    audience: 'voor een team of teamleider',
    related: ['/team/klanttevredenheid-meten/', '/team/teamdag-klantgerichtheid/'],
  },
];

export function toolById(id: string): ToolInfo {
  const tool = tools.find((candidate) => candidate.id === id);
  if (!tool) throw new Error(`No tool "${id}" in src/data/tools.ts`);
  return tool;
}
