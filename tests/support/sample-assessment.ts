import type { Assessment } from '../../src/tools/assessment/model';

const bands = [
  { from: 1, to: 2.5, label: 'Begin', meaning: 'Hier valt veel te winnen.', next: [{ link: '/rol/', label: 'Lees' }] },
  { from: 2.5, to: 3.75, label: 'Onderweg', meaning: 'Je bent op weg.', next: [{ link: '/rol/', label: 'Lees' }] },
  { from: 3.75, to: 5, label: 'Sterk', meaning: 'Dit gaat goed.', next: [{ link: '/rol/', label: 'Lees' }] },
];

export const balanceBands = [
  { from: -4, to: -0.8, label: 'Vooral vragen', meaning: 'Meer vragen.', next: [{ link: '/rol/', label: 'Lees' }] },
  { from: -0.8, to: 0.8, label: 'In balans', meaning: 'Even vaak.', next: [{ link: '/rol/', label: 'Lees' }] },
  { from: 0.8, to: 4, label: 'Vooral bieden', meaning: 'Meer bieden.', next: [{ link: '/rol/', label: 'Lees' }] },
];

/**
 * A small assessment: two dimensions of four items (one reverse-keyed and one weighted
 * item in the first) and a balance dimension of two sets of four.
 */
export const sample: Assessment = {
  id: 'proef',
  code: 'PR',
  kind: 'zelfscan',
  title: 'Proefscan',
  version: 2,
  minAnswered: 3,
  legacy: [],
  scale: {
    kind: 'frequency',
    points: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Antwoord ${value}` })),
    unknown: { label: 'Weet ik niet' },
  },
  dimensions: [
    { id: 'luisteren', name: 'Luisteren', description: 'd', kind: 'mean', refersTo: 'self', bands },
    { id: 'bieden', name: 'Laten zien wat je biedt', description: 'd', kind: 'mean', refersTo: 'self', bands },
    {
      id: 'gesprek',
      name: 'Vragen én bieden',
      description: 'd',
      kind: 'balance',
      refersTo: 'self',
      sides: [
        { id: 'vragen', name: 'Vragen' },
        { id: 'aanbod', name: 'Bieden' },
      ],
      bands: balanceBands,
    },
  ],
  items: [
    { id: 'l1', text: 'a', dimension: 'luisteren', reverse: false, weight: 1 },
    { id: 'l2', text: 'b', dimension: 'luisteren', reverse: true, weight: 1 },
    { id: 'l3', text: 'c', dimension: 'luisteren', reverse: false, weight: 2 },
    { id: 'l4', text: 'c', dimension: 'luisteren', reverse: false, weight: 1 },
    { id: 'b1', text: 'd', dimension: 'bieden', reverse: false, weight: 1 },
    { id: 'b2', text: 'e', dimension: 'bieden', reverse: false, weight: 1 },
    { id: 'b3', text: 'f', dimension: 'bieden', reverse: true, weight: 1 },
    { id: 'b4', text: 'f', dimension: 'bieden', reverse: false, weight: 1 },
    ...[1, 2, 3, 4].map((n) => ({ id: `v${n}`, text: 'v', dimension: 'gesprek', side: 'vragen', reverse: false, weight: 1 })),
    ...[1, 2, 3, 4].map((n) => ({ id: `o${n}`, text: 'o', dimension: 'gesprek', side: 'aanbod', reverse: false, weight: 1 })),
  ],
};
