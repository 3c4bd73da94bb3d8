/**
 * Who plays what in a role play that rotates: in round 1 the first person is the adviser,
 * the second the client, the third (if any) the observer; each round every role moves on
 * by one person, so in a group of n with n rounds everyone plays each role once.
 */
export type RolePlayRole = 'adviser' | 'client' | 'observer';

const ROLES: readonly RolePlayRole[] = ['adviser', 'client', 'observer'];

/** The roles per person (rows) and round (columns). */
export function rotation(groupSize: number, rounds: number): RolePlayRole[][] {
  return Array.from({ length: groupSize }, (_, person) =>
    Array.from({ length: rounds }, (_, round) => ROLES[Math.min((((person - round) % groupSize) + groupSize) % groupSize, ROLES.length - 1)]!),
  );
}

/** "A", "B", "C": the letters a rotation table gives its people. */
export function personLetter(index: number): string {
  return String.fromCharCode(65 + index);
}
