// Export Markdown downloads a plot as a story bible and any other item on its own, named after its title.
import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

async function textOf(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

test('Export Markdown downloads the story bible of a plot and a character on its own', async ({
  studio,
  page,
}) => {
  const completion = await studio.createStory();
  const links = completion.getByTestId('completion-link');
  const library = studio.library;

  await links.filter({ hasText: 'Plot:' }).click();
  await expect(library.view).toHaveAttribute('data-kind', 'plots');
  const plotId = await library.view.getAttribute('data-id');
  const plot = await (await page.request.get(`/api/plots/${plotId}`)).json();
  const [plotDownload] = await Promise.all([page.waitForEvent('download'), library.exportButton.click()]);
  const slug = (plot.title as string)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  expect(plotDownload.suggestedFilename()).toBe(`${slug}.md`);
  const bible = await textOf(plotDownload);
  expect(bible.startsWith(`# ${plot.title}\n`)).toBe(true);
  // Each act is a second-level heading, numbered unless its name already is ("Act I: …").
  const actHeadings = bible.split('\n').filter((line) => /^## Act /.test(line));
  const acts = plot.acts as { name: string }[];
  expect(acts.length).toBeGreaterThan(0);
  expect(actHeadings).toHaveLength(acts.length);
  acts.forEach((act, index) => {
    expect(actHeadings[index]?.endsWith(act.name)).toBe(true);
  });
  expect(plot.worlds.length).toBeGreaterThan(0);
  expect(bible).toContain(`\n### ${plot.worlds[0].name}\n`);
  expect(bible).toContain('\n## Characters\n');
  for (const character of plot.characters as { name: string }[]) {
    expect(bible).toContain(`\n### ${character.name}\n`);
  }

  await links.filter({ hasText: 'Character:' }).first().click();
  await expect(library.view).toHaveAttribute('data-kind', 'characters');
  const characterName = (await library.title.textContent()) ?? '';
  const [characterDownload] = await Promise.all([
    page.waitForEvent('download'),
    library.exportButton.click(),
  ]);
  const sheet = await textOf(characterDownload);
  expect(sheet.startsWith(`# ${characterName}\n`)).toBe(true);
  expect(sheet).toContain('**Role:**');
});
