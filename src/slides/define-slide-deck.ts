/** Loaded only on presentation pages (SlideDeck.astro): the slide deck element. */
import { SlideDeck } from './slide-deck';

if (!customElements.get('slide-deck')) customElements.define('slide-deck', SlideDeck);
