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
    description: 'Combineer de resultaatcodes van teamleden, zonder namen, tot een teamprofiel dat laat zien waar jullie het over eens zijn en waar niet.',
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
  {
    id: 'feedbackformulier',
    title: 'Feedbackformulier voor je klant',
    description: 'Vraag je klant na een advies om eerlijke feedback: maak een link met je vragen, laat je klant antwoorden en lees de antwoorden terug met een code.',
    audience: 'voor een adviseur en de klant',
    related: ['/klant/feedback-vragen/', '/klant/leren-van-een-echte-klantvraag/'],
  },
  {
    id: 'waartoe-check',
    title: 'Waartoe-check',
    description: 'Zes vragen voor een manager die een training wil bestellen: is het doel helder, en staat het team erachter? Met een eerlijke uitkomst en de volgende stap.',
    audience: 'voor een manager, met een adviseur',
    related: ['/veranderen/eerst-het-doel/', '/veranderen/waartoe-gesprek/', '/veranderen/motivatie/'],
  },
  {
    id: 'interventieplanner',
    title: 'Interventieplanner',
    description: 'Kies interventies die elkaar versterken, zie wat elke interventie nodig heeft en maak een plan met stappen, eigenaren en datums.',
    audience: 'voor een manager en adviseur',
    related: ['/veranderen/zes-interventies/', '/veranderen/interventieplan/'],
  },
  {
    id: 'teamdag-planner',
    title: 'Teamdag-planner',
    description: 'Plan een teamdag over klantgerichtheid in zes onderdelen, met tijden, begeleiders en de follow-up-sessie; print de agenda of zet hem in je agenda.',
    audience: 'voor een facilitator',
    related: ['/team/teamdag-klantgerichtheid/', '/team/follow-up-sessie/'],
  },
];

export function toolById(id: string): ToolInfo {
  const tool = tools.find((candidate) => candidate.id === id);
  if (!tool) throw new Error(`No tool "${id}" in src/data/tools.ts`);
  return tool;
}
