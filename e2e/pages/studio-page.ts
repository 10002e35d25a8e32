// Page object for the studio screen: composer, transcript, live workflow, connection and sessions.
import { expect, type Locator, type Page } from '@playwright/test';
import { LibraryPage } from './library-page.ts';

export class StudioPage {
  readonly composer: Locator;
  readonly sendButton: Locator;
  readonly stopButton: Locator;
  readonly composerError: Locator;
  readonly charCounter: Locator;
  readonly transcript: Locator;
  readonly userMessages: Locator;
  readonly agentMessages: Locator;
  readonly handoffs: Locator;
  readonly toolCards: Locator;
  readonly completions: Locator;
  readonly errors: Locator;
  readonly currentAgent: Locator;
  readonly connectionStatus: Locator;
  readonly modelPicker: Locator;
  readonly sessionItems: Locator;
  readonly newSessionButton: Locator;
  readonly library: LibraryPage;

  constructor(readonly page: Page) {
    this.composer = page.getByTestId('composer-input');
    this.sendButton = page.getByTestId('send-button');
    this.stopButton = page.getByTestId('stop-button');
    this.composerError = page.getByTestId('composer-error');
    this.charCounter = page.getByTestId('char-counter');
    this.transcript = page.getByTestId('transcript');
    this.userMessages = page.getByTestId('user-message');
    this.agentMessages = page.getByTestId('agent-message');
    this.handoffs = page.getByTestId('agent-switch');
    this.toolCards = page.getByTestId('tool-card');
    this.completions = page.getByTestId('completion');
    this.errors = page.getByTestId('error-message');
    this.currentAgent = page.getByTestId('current-agent');
    this.connectionStatus = page.getByTestId('connection-status');
    this.modelPicker = page.getByTestId('model-picker');
    this.sessionItems = page.getByTestId('session-item');
    this.newSessionButton = page.getByTestId('new-session');
    this.library = new LibraryPage(page);
  }

  async open(sessionId?: string): Promise<void> {
    await this.page.goto(sessionId ? `/?session=${sessionId}` : '/');
    await this.waitConnected();
  }

  async waitConnected(): Promise<void> {
    await expect(this.connectionStatus).toHaveAttribute('data-status', 'connected');
  }

  sessionId(): string {
    const id = new URL(this.page.url()).searchParams.get('session');
    if (!id) throw new Error(`The page URL has no session: ${this.page.url()}`);
    return id;
  }

  /** Types the text and presses Enter, as a writer would. */
  async send(text: string): Promise<void> {
    await this.composer.fill(text);
    await this.composer.press('Enter');
  }

  /** The agent message whose agent is `agent`, the last one if there are several. */
  messageBy(agent: string): Locator {
    return this.page.locator(`[data-testid="agent-message"][data-agent="${agent}"]`).last();
  }

  contentOf(message: Locator): Locator {
    return message.getByTestId('message-content');
  }

  toolCard(toolName: string): Locator {
    return this.page.locator(`[data-testid="tool-card"][data-tool="${toolName}"]`).last();
  }

  async waitForCompletion(): Promise<Locator> {
    const completion = this.completions.last();
    await expect(completion).toBeVisible({ timeout: 45_000 });
    return completion;
  }

  /** Opens a fresh session and asks for a whole story (plot, world, characters); resolves with its completion. */
  async createStory(): Promise<Locator> {
    await this.open();
    await this.send('Create a fantasy novel with dragons and magic, then build its world and its characters');
    return this.waitForCompletion();
  }
}
