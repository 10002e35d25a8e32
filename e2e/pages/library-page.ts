// Page object for the library drawer: tabs, search, an item's view, editing and deleting.
import type { Locator, Page } from '@playwright/test';

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
  }

  tab(kind: 'plots' | 'characters' | 'worlds' | 'authors'): Locator {
    return this.page.getByTestId(`library-tab-${kind}`);
  }

  field(name: string): Locator {
    return this.page.locator(`#field-${name}`);
  }

  backToList(): Locator {
    return this.panel.getByRole('button', { name: /← All/ });
  }
}
