import type { SaveProblem } from '../save';

/** Interface strings of the offline copy ("Bewaar het hele playbook offline"), in Dutch. */
export const offline = {
  title: 'Het playbook zonder internet',
  intro:
    'Geef je een training op een plek met slechte wifi? Bewaar dan vooraf het hele playbook op dit apparaat: alle hoofdstukken, presentaties, zelfscans en hulpmiddelen. Daarna, en als je het playbook als app installeert, blijven ook de pagina’s die je opent op dit apparaat staan. Zonder die keuze downloadt je browser alleen wat je leest. Met het hele playbook bewaard werkt ook zoeken zonder internet.',
  save: 'Bewaar het hele playbook offline',
  saveAgain: 'Werk de offline kopie bij',
  cancel: 'Stop met bewaren',
  remove: 'Verwijder de offline kopie',
  removeQuestion: 'Weet je zeker dat je de offline kopie wilt verwijderen? Wat je hebt ingevuld in zelfscans en hulpmiddelen blijft staan.',
  removeConfirm: 'Ja, verwijder de kopie',
  keep: 'Annuleer',
  progressLabel: 'Voortgang van het bewaren',
  progress: (done: number, total: number, bytes: string, totalBytes: string) => `${done} van ${total} bestanden bewaard (${bytes} van ${totalBytes})`,
  saved: (date: string, size: string) => `Het hele playbook staat op dit apparaat (${size}, bewaard op ${date}). Je kunt het nu ook zonder internet lezen en doorzoeken.`,
  outdated: (date: string) => `Je bewaarde het playbook op ${date}. Er is sindsdien een nieuwere versie: werk de kopie bij om die ook offline te hebben.`,
  done: (size: string) => `Klaar: het hele playbook staat op dit apparaat (${size}). Je kunt het nu ook zonder internet lezen en doorzoeken.`,
  removed: 'De offline kopie is verwijderd. Wat je hebt ingevuld in zelfscans en hulpmiddelen staat er nog.',
  removeFailed: 'Het verwijderen lukte niet. Probeer het opnieuw, of wis de sitegegevens in de instellingen van je browser.',
  problem: (problem: SaveProblem, done: number, total: number) =>
    ({
      cancelled: `Gestopt. ${done} van ${total} bestanden staan al op dit apparaat; de rest kun je later bewaren.`,
      quota: 'Je browser geeft niet genoeg opslagruimte om het hele playbook te bewaren. Maak ruimte vrij op dit apparaat, of lees online verder. De site werkt gewoon.',
      network: `Het bewaren is gestopt, omdat de verbinding wegviel. ${done} van ${total} bestanden staan al op dit apparaat. Probeer het opnieuw als je weer online bent.`,
    })[problem],
  unsupported: 'Deze browser kan het playbook niet offline bewaren, bijvoorbeeld in een privévenster of door de instellingen. Online werkt alles gewoon.',
  needsJavaScript: 'Het playbook offline bewaren werkt met JavaScript, en dat staat in je browser uit.',
};
