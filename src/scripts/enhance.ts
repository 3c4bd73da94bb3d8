/**
 * The site's one enhancement script, on every page: the mobile menu button and the search
 * trigger. Everything heavier (the search interface, Pagefind, islands) loads on demand.
 */
import { MenuButton } from '../components/menu-button';
import { SearchPage, SearchTrigger } from '../widgets/search/search-trigger';

customElements.define('menu-button', MenuButton);
customElements.define('search-trigger', SearchTrigger);
customElements.define('search-page', SearchPage);
