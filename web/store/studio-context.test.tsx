// @vitest-environment jsdom
// Tests that components read the store their provider gives them, and re-render for the field they select only.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ThemeToggle } from '../components/theme-toggle.tsx';
import { StudioStoreProvider, useStudio } from './studio-context.tsx';
import { createStudioStore } from './studio-store.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(cleanup);

function Model() {
  return <output>{useStudio((s) => s.session.model) ?? 'none'}</output>;
}

describe('StudioStoreProvider', () => {
  it('gives each tree its own store', () => {
    const dark = createStudioStore();
    const light = createStudioStore();
    dark.getState().setTheme('dark');
    render(
      <>
        <StudioStoreProvider store={dark}>
          <ThemeToggle />
        </StudioStoreProvider>
        <StudioStoreProvider store={light}>
          <ThemeToggle />
        </StudioStoreProvider>
      </>,
    );
    const [first, second] = screen.getAllByTestId('theme-toggle');
    expect(first?.getAttribute('aria-label')).toBe('Switch to light theme');
    expect(second?.getAttribute('aria-label')).toBe('Switch to dark theme');

    if (!second) throw new Error('no second toggle');
    fireEvent.click(second);
    expect(light.getState().theme).toBe('dark');
    expect(dark.getState().theme).toBe('dark');
  });

  it('re-renders a component only when the field it selects changes', () => {
    const store = createStudioStore();
    let renders = 0;
    render(
      <StudioStoreProvider store={store}>
        <Profiler id="model" onRender={() => renders++}>
          <Model />
        </Profiler>
      </StudioStoreProvider>,
    );
    const before = renders;
    act(() => store.getState().setDraft('typing'));
    expect(renders).toBe(before);
    act(() =>
      store
        .getState()
        .receive([
          { type: 'model_switched', model: 'm2', previous_model: 'm1', timestamp: '2025-01-28T10:30:00Z' },
        ]),
    );
    expect(renders).toBe(before + 1);
    expect(screen.getByRole('status', { hidden: true }).textContent).toBe('m2');
  });

  it('says what is missing when a component has no provider', () => {
    expect(() => render(<Model />)).toThrow('StudioStoreProvider');
  });
});
