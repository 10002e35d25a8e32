// Lays out benchmark rows as a plain-text table with aligned columns, for the terminal and for docs.

export type Cell = string | number;

/**
 * Numbers, and every cell of a column listed in `rightAligned`, are right-aligned; the rest left-aligned.
 * Every row must have as many cells as the header.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  rightAligned: readonly number[] = [],
): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length)
      throw new RangeError(`row ${index} has ${row.length} cells, the header has ${header.length}`);
  }
  const text = rows.map((row) => row.map(String));
  const widths = header.map((title, column) =>
    Math.max(title.length, ...text.map((row) => (row[column] as string).length)),
  );
  const line = (cells: readonly string[], numeric: readonly boolean[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column] as number;
        return numeric[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(' | ')
      .trimEnd();
  const headerLine = line(
    header,
    header.map((_, column) => rightAligned.includes(column)),
  );
  const rule = widths.map((width) => '-'.repeat(width)).join('-|-');
  const body = rows.map((row, r) =>
    line(
      text[r] as string[],
      row.map((cell, column) => typeof cell === 'number' || rightAligned.includes(column)),
    ),
  );
  return [headerLine, rule, ...body].join('\n');
}

/** A figure with a sensible number of digits for a table. */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return Math.round(value).toLocaleString('en-US');
  if (magnitude >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
