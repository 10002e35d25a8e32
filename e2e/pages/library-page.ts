// Page object for the library drawer: tabs, search, an item's view, editing (nested rows too), deleting and exporting.
import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  readonly panel: Locator;
  readonly openButton: Locator;
  readonly search: Locator;
  readonly items: Locator;
  readonly view: Locator;
  readonly title: Locator;
  readonly builtOn: Locator;
  readonly editButton: Locator;
  readonly saveButton: Locator;
  readonly deleteButton: Locator;
  readonly confirmDelete: Locator;
  readonly empty: Locator;
  readonly exportButton: Locator;
  readonly editorError: Locator;
  readonly acts: Locator;
  readonly relationships: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('library-panel');
    this.openButton = page.getByTestId('open-library');
    this.search = page.getByTestId('library-search');
    this.items = page.getByTestId('library-item');
    this.view = page.getByTestId('artifact-view');
    this.title = page.getByTestId('artifact-title');
    this.builtOn = page.getByTestId('built-on-link');
    this.editButton = page.getByTestId('edit-artifact');
    this.saveButton = page.getByTestId('save-artifact');
    this.deleteButton = page.getByTestId('delete-artifact');
    this.confirmDelete = page.getByTestId('confirm-delete-yes');
    this.empty = page.getByTestId('library-empty');
    this.exportButton = page.getByTestId('export-markdown');
    this.editorError = page.getByTestId('editor-error');
    this.acts = page.getByTestId('act-editor');
    this.relationships = page.getByTestId('relationship-editor');
  }

  tab(kind: 'plots' | 'characters' | 'worlds' | 'authors'): Locator {
    return this.page.getByTestId(`library-tab-${kind}`);
  }

  field(name: string): Locator {
    return this.page.locator(`#field-${name}`);
  }

  /** The n-th act row of the editor, counting from 0. */
  act(index: number): Locator {
    return this.acts.nth(index);
  }

  relationship(index: number): Locator {
    return this.relationships.nth(index);
  }

  /** Opens the drawer on a kind's tab and shows the item with that id, as a writer coming back to it would. */
  async openItem(kind: 'plots' | 'characters' | 'worlds' | 'authors', id: string): Promise<void> {
    if (!(await this.panel.isVisible())) await this.openButton.click();
    await this.tab(kind).click();
    await this.items.and(this.page.locator(`[data-id="${id}"]`)).click();
    await expect(this.view).toHaveAttribute('data-id', id);
  }

  backToList(): Locator {
    return this.panel.getByRole('button', { name: /← All/ });
  }
}
