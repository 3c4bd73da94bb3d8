import type { Assessment } from '../model';

const bands = [
  { from: 1, to: 2.5, label: 'Begin', meaning: 'Hier valt veel te winnen.', next: [{ link: '/rol/', label: 'Lees' }] },
  { from: 2.5, to: 3.75, label: 'Onderweg', meaning: 'Je bent op weg.', next: [{ link: '/rol/', label: 'Lees' }] },
  { from: 3.75, to: 5, label: 'Sterk', meaning: 'Dit gaat goed.', next: [{ link: '/rol/', label: 'Lees' }] },
];

/** A small assessment: two dimensions of three items, one reverse-keyed and one weighted item. */
export const sample: Assessment = {
  id: 'proef',
  code: 'PR',
  title: 'Proefscan',
  version: 2,
  minAnsweredShare: 0.5,
  scale: {
    points: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Antwoord ${value}` })),
    unknown: { label: 'Weet ik niet' },
  },
  dimensions: [
    { id: 'luisteren', name: 'Luisteren', description: 'd', bands },
    { id: 'bieden', name: 'Laten zien wat je biedt', description: 'd', bands },
  ],
  items: [
    { id: 'l1', text: 'a', dimension: 'luisteren', reverse: false, weight: 1 },
    { id: 'l2', text: 'b', dimension: 'luisteren', reverse: true, weight: 1 },
    { id: 'l3', text: 'c', dimension: 'luisteren', reverse: false, weight: 2 },
    { id: 'b1', text: 'd', dimension: 'bieden', reverse: false, weight: 1 },
    { id: 'b2', text: 'e', dimension: 'bieden', reverse: false, weight: 1 },
    { id: 'b3', text: 'f', dimension: 'bieden', reverse: true, weight: 1 },
  ],
};
