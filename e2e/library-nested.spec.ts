// Acts, beats and relationships are edited row by row in the library, survive a reload, and bad rows are named.
import { expect, test } from './support/fixtures.ts';

test("a plot's acts and a character's relationships are edited, saved and still there after a reload", async ({
  studio,
  page,
}) => {
  const completion = await studio.createStory();
  const links = completion.getByTestId('completion-link');
  const library = studio.library;

  await links.filter({ hasText: 'Plot:' }).click();
  const plotId = (await library.view.getAttribute('data-id')) ?? '';
  const before = await (await page.request.get(`/api/plots/${plotId}`)).json();
  expect(before.acts.length).toBeGreaterThan(1);

  await library.editButton.click();
  await expect(library.acts).toHaveCount(before.acts.length);
  const first = library.act(0);
  await first.getByLabel('Act 1 name').fill('The Ashen Road');
  await first.getByTestId('act-summary').fill('Ysolde leaves the burning capital.');
  // From the keyboard: the new beat's name takes the focus.
  await first.getByTestId('add-beat').focus();
  await page.keyboard.press('Enter');
  const newBeat = first.getByTestId('beat-editor').last();
  await expect(newBeat.getByTestId('beat-name')).toBeFocused();
  await page.keyboard.type('A Door in the Ash');
  await newBeat.getByTestId('beat-description').fill('She finds the hidden gate under the square.');
  await library.panel.getByRole('button', { name: 'Move act 2 up', exact: true }).click();
  await expect(library.act(1).getByTestId('act-name')).toHaveValue('The Ashen Road');
  await library.saveButton.click();
  await expect(library.view).toBeVisible();

  const after = await (await page.request.get(`/api/plots/${plotId}`)).json();
  expect(after.acts).toHaveLength(before.acts.length);
  expect(after.acts[0].name).toBe(before.acts[1].name);
  expect(after.acts[1]).toMatchObject({
    name: 'The Ashen Road',
    summary: 'Ysolde leaves the burning capital.',
  });
  expect(after.acts[1].beats.at(-1)).toEqual({
    name: 'A Door in the Ash',
    description: 'She finds the hidden gate under the square.',
  });
  expect(after.acts[1].beats).toHaveLength(before.acts[0].beats.length + 1);

  await links.filter({ hasText: 'Character:' }).first().click();
  const characterId = (await library.view.getAttribute('data-id')) ?? '';
  const relationshipsBefore = (await (await page.request.get(`/api/characters/${characterId}`)).json())
    .relationships as unknown[];
  await library.editButton.click();
  await library.panel.getByTestId('add-relationship').click();
  const added = library.relationship(relationshipsBefore.length);
  await expect(added.getByTestId('relationship-name')).toBeFocused();
  await page.keyboard.type('Corvin Ash');
  await added.getByTestId('relationship-text').fill('   ');

  // The server refuses the blank row; the form says which one, beside it, and keeps what was typed.
  await library.saveButton.click();
  await expect(library.editorError).toContainText(
    `Relationship ${relationshipsBefore.length + 1}, relationship cannot be empty.`,
  );
  await expect(added.getByTestId('field-problem')).toBeVisible();
  await expect(added.getByTestId('relationship-name')).toHaveValue('Corvin Ash');

  await added.getByTestId('relationship-text').fill('Her sworn blade, who once betrayed her');
  await library.saveButton.click();
  await expect(library.view).toBeVisible();

  await page.reload();
  await studio.waitConnected();
  await library.openItem('characters', characterId);
  await expect(library.view).toContainText('Corvin Ash');
  await expect(library.view).toContainText('Her sworn blade, who once betrayed her');
  await library.openItem('plots', plotId);
  await expect(library.view).toContainText('The Ashen Road');
  await expect(library.view).toContainText('A Door in the Ash');
  const character = await (await page.request.get(`/api/characters/${characterId}`)).json();
  expect(character.relationships).toHaveLength(relationshipsBefore.length + 1);
  expect(character.relationships.at(-1)).toEqual({
    name: 'Corvin Ash',
    relationship: 'Her sworn blade, who once betrayed her',
  });
});
