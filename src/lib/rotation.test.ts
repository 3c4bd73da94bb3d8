import { describe, expect, it } from 'vitest';
import { rotation } from './rotation';

describe('role-play rotation', () => {
  it('gives each of three people every role once in three rounds', () => {
    expect(rotation(3, 3)).toEqual([
      ['adviser', 'observer', 'client'],
      ['client', 'adviser', 'observer'],
      ['observer', 'client', 'adviser'],
    ]);
  });

  it('lets a pair swap adviser and client', () => {
    expect(rotation(2, 2)).toEqual([
      ['adviser', 'client'],
      ['client', 'adviser'],
    ]);
  });

  it('has exactly one adviser in every round, and everyone advises once in n rounds', () => {
    for (const size of [2, 3]) {
      const table = rotation(size, size);
      for (let round = 0; round < size; round++) expect(table.filter((roles) => roles[round] === 'adviser')).toHaveLength(1);
      for (const roles of table) expect(roles.filter((role) => role === 'adviser')).toHaveLength(1);
    }
  });
});
