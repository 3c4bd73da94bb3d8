/**
 * The site's one enhancement script, on every page: the mobile menu button, the search
 * trigger, heading links and copy buttons, old-address redirects, and the height report
 * of embedded pages, and the service worker that keeps pages for offline use. Everything heavier (the search interface, Pagefind, islands) loads on demand.
 */
import { enhanceCopyButtons, reportEmbedHeight } from '../components/copy-buttons';
import { enhanceCopyLinks } from '../components/copy-link';
import { MenuButton } from '../components/menu-button';
import { followRedirects } from '../components/redirects';
import { registerServiceWorker } from '../tools/offline/register';
import { SearchPage, SearchTrigger } from '../tools/search/search-trigger';

customElements.define('menu-button', MenuButton);
customElements.define('search-trigger', SearchTrigger);
customElements.define('search-page', SearchPage);
followRedirects();
enhanceCopyLinks();
enhanceCopyButtons();
reportEmbedHeight();
registerServiceWorker();
