// The download's file name, from the book's title: a safe ASCII name and an RFC 5987 name for any script.

/** Characters no file system or header should see in a name. */
const UNSAFE = /[\p{Cc}"*/:<>?\\|]+/gu;
const MAX_NAME_LENGTH = 120;

/** The title as a file name in its own script: unsafe characters dropped, spaces collapsed. */
export function unicodeFileName(title: string, extension: string): string {
  const name = title.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return `${[...(name || 'manuscript')].slice(0, MAX_NAME_LENGTH).join('').trim()}.${extension}`;
}

/** Latin letters that do not decompose into a base letter and an accent. */
const LATIN_LETTERS: Record<string, string> = {
  ß: 'ss',
  Đ: 'D',
  đ: 'd',
  Ø: 'O',
  ø: 'o',
  Æ: 'AE',
  æ: 'ae',
  Œ: 'OE',
  œ: 'oe',
  Ł: 'L',
  ł: 'l',
  Þ: 'Th',
  þ: 'th',
  '‘': "'",
  '’': "'",
  '–': '-',
  '—': '-',
};

/** The title in plain ASCII: accents stripped, other scripts dropped; "manuscript" when nothing is left. */
export function asciiFileName(title: string, extension: string): string {
  const name = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\x20-\x7e]/g, (character) => LATIN_LETTERS[character] ?? ' ')
    .replace(/[^A-Za-z0-9 '(),._-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, MAX_NAME_LENGTH)
    .trim();
  return `${/[A-Za-z0-9]/.test(name) ? name : 'manuscript'}.${extension}`;
}

/** RFC 5987 / RFC 8187 value encoding: UTF-8, percent-encoded beyond attr-char. */
function encodeExtendedValue(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A Content-Disposition value any client reads: `filename` in ASCII, `filename*` in UTF-8 when they differ. */
export function contentDisposition(title: string, extension: string): string {
  const ascii = asciiFileName(title, extension);
  const unicode = unicodeFileName(title, extension);
  const plain = `attachment; filename="${ascii}"`;
  return unicode === ascii ? plain : `${plain}; filename*=UTF-8''${encodeExtendedValue(unicode)}`;
}
