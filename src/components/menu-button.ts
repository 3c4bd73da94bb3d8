/**
 * <menu-button data-controls="site-nav">: opens and closes the site navigation on small
 * screens. Without JavaScript its button is not shown and the navigation is simply shown.
 */
export class MenuButton extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  #nav: HTMLElement | null = null;

  connectedCallback() {
    this.#button = this.querySelector('button');
    this.#nav = document.getElementById(this.dataset.controls ?? '');
    if (!this.#button || !this.#nav) return;
    this.#nav.dataset.menu = 'closed';
    this.#button.addEventListener('click', () => this.#toggle());
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#isOpen()) {
        this.#toggle(false);
        this.#button!.focus();
      }
    });
  }

  #isOpen() {
    return this.#button?.getAttribute('aria-expanded') === 'true';
  }

  #toggle(open = !this.#isOpen()) {
    this.#button!.setAttribute('aria-expanded', String(open));
    this.#nav!.dataset.menu = open ? 'open' : 'closed';
  }
}
