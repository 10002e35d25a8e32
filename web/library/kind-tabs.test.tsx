// @vitest-environment jsdom
// Tests that the kind tabs follow the WAI-ARIA tabs pattern: roles, roving tabindex and the arrow, Home and End keys.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArtifactKind } from '../../protocol/artifacts.ts';
import { KindTabs, kindPanelId } from './kind-tabs.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(cleanup);

function Harness() {
  const [kind, setKind] = useState<ArtifactKind>('plots');
  return (
    <>
      <KindTabs kind={kind} onSelect={setKind} />
      <div id={kindPanelId(kind)} role="tabpanel" />
    </>
  );
}

const selectedTab = () =>
  screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true');

describe('KindTabs', () => {
  it('keeps one tab in the Tab order, and each tab controls its panel', () => {
    render(<Harness />);
    const tabs = screen.getAllByRole('tab');
    expect(screen.getByRole('tablist').getAttribute('aria-label')).toBe('Kinds');
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, ...tabs.slice(1).map(() => -1)]);
    expect(tabs[0]?.getAttribute('aria-controls')).toBe(screen.getByRole('tabpanel').id);
  });

  it('moves selection and focus with Right, Left (wrapping), Home and End', () => {
    render(<Harness />);
    const tabs = screen.getAllByRole('tab');
    const first = tabs[0];
    const second = tabs[1];
    const last = tabs[tabs.length - 1];
    if (!first || !second || !last) throw new Error('expected the kind tabs');
    first.focus();

    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(selectedTab()).toBe(second);
    expect(document.activeElement).toBe(second);
    expect(second.tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);

    fireEvent.keyDown(second, { key: 'ArrowLeft' });
    fireEvent.keyDown(first, { key: 'ArrowLeft' });
    expect(selectedTab()).toBe(last);
    expect(document.activeElement).toBe(last);

    fireEvent.keyDown(last, { key: 'Home' });
    expect(selectedTab()).toBe(first);
    fireEvent.keyDown(first, { key: 'End' });
    expect(selectedTab()).toBe(last);
    expect(document.activeElement).toBe(last);
    expect(screen.getByRole('tabpanel').id).toBe(last.getAttribute('aria-controls'));
  });
});
