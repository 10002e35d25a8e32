// Tests the message time label: the same text the browser's own time formatting gives, empty for a bad date.
import { describe, expect, it } from 'vitest';
import { timeOf } from './agent-style.ts';

describe('timeOf', () => {
  it('shows hours and minutes as the locale writes them', () => {
    const iso = '2025-01-28T10:30:00.000Z';
    expect(timeOf(iso)).toBe(new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
  });

  it('shows nothing for a timestamp it cannot read', () => {
    expect(timeOf('not a date')).toBe('');
  });
});
