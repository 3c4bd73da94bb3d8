/**
 * Speaker notes written as markup from plain text (a programme's guide): a paragraph, a list,
 * a labelled section. Every text is escaped; the labels come from the page's strings.
 */
import { escapeMarkup } from '../lib/escape-markup';

export const notesParagraph = (text: string): string => `<p>${escapeMarkup(text)}</p>`;

export const notesList = (tag: 'ul' | 'ol', items: readonly string[]): string => `<${tag}>${items.map((item) => `<li>${escapeMarkup(item)}</li>`).join('')}</${tag}>`;

/** A bold label, then its markup. */
export const notesSection = (label: string, html: string): string => `<p><strong>${escapeMarkup(label)}</strong></p>${html}`;
