// The report table: aligned columns, numbers to the right, and a refusal of ragged rows.
import { describe, expect, it } from 'vitest';
import { formatFigure, formatTable } from './report-table.ts';

describe('formatTable', () => {
  it('aligns text left and numbers right under a rule', () => {
    const table = formatTable(
      ['measure', 'value'],
      [
        ['throughput', 12_345],
        ['p99', 7],
      ],
    );
    expect(table.split('\n')).toEqual([
      'measure    | value',
      '-----------|------',
      'throughput | 12345',
      'p99        |     7',
    ]);
  });

  it('right-aligns the columns it is told to, numbers or not', () => {
    const table = formatTable(['name', 'figure'], [['a', '1.5×']], [1]);
    expect(table.split('\n')).toEqual(['name | figure', '-----|-------', 'a    |   1.5×']);
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => formatTable(['a', 'b'], [['only one']])).toThrow(/row 0 has 1 cells/);
  });
});

describe('formatFigure', () => {
  it('keeps two significant places for small figures and none for large ones', () => {
    expect(formatFigure(0.123)).toBe('0.12');
    expect(formatFigure(42.26)).toBe('42.3');
    expect(formatFigure(123_456.7)).toBe('123,457');
    expect(formatFigure(Number.NaN)).toBe('n/a');
  });
});
