// Where a virtualised list was scrolled to, kept in sessionStorage so a reload opens it at the same place.

export interface SavedPosition {
  /** The first row in view. */
  index: number;
  /** Whether the reader was at the end; a list that follows its output then opens at its new end. */
  atBottom: boolean;
}

export function readPosition(key: string | null): SavedPosition | null {
  if (key === null) return null;
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(key) ?? 'null') as SavedPosition | null;
    return saved && Number.isInteger(saved.index) ? saved : null;
  } catch {
    return null;
  }
}

export function writePosition(key: string | null, position: SavedPosition): void {
  if (key === null) return;
  try {
    window.sessionStorage.setItem(key, JSON.stringify(position));
  } catch {
    // A full or disabled storage only costs the restored position.
  }
}
