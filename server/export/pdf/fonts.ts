// The PDF's typeface: DejaVu Serif, shipped as TrueType in an npm package, so any machine has it and every
// PDF embeds it (Latin with its accents, Cyrillic, Greek and typographic quotes all in one family).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function fontPath(file: string): string {
  return require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
}

export const FONTS = {
  regular: fontPath('DejaVuSerif.ttf'),
  italic: fontPath('DejaVuSerif-Italic.ttf'),
  bold: fontPath('DejaVuSerif-Bold.ttf'),
  boldItalic: fontPath('DejaVuSerif-BoldItalic.ttf'),
} as const;

export type FontName = keyof typeof FONTS;

export function fontFor(style: { italic: boolean; bold: boolean }): FontName {
  if (style.bold) return style.italic ? 'boldItalic' : 'bold';
  return style.italic ? 'italic' : 'regular';
}
