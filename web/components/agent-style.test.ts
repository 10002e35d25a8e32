// Tests the message time label: the same text the browser's own time formatting gives, empty for a bad date.
import { describe, expect, it } from 'vitest';
import { ToolName } from '../../server/agents/contract.ts';
import { agentStyle, timeOf, toolLabel } from './agent-style.ts';

describe('timeOf', () => {
  it('shows hours and minutes as the locale writes them', () => {
    const iso = '2025-01-28T10:30:00.000Z';
    expect(timeOf(iso)).toBe(new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
  });

  it('shows nothing for a timestamp it cannot read', () => {
    expect(timeOf('not a date')).toBe('');
  });
});

describe('readable names', () => {
  it("names every agent and tool of the server in a writer's words", () => {
    expect(
      [
        'OrchestratorAgent',
        'PlotGeneratorAgent',
        'WorldBuildingAgent',
        'CharactersAgent',
        'AuthorGeneratorAgent',
      ].map((agent) => agentStyle(agent).label),
    ).toEqual(['Planner', 'Plot writer', 'World builder', 'Character writer', 'Author writer']);
    // Each has its own wording (an -ing phrase), not the fallback that only splits the name.
    for (const tool of Object.values(ToolName)) expect(toolLabel(tool)).toMatch(/^[A-Z][a-z]+ing /);
    expect(toolLabel('save_plot')).toBe('Saving the plot');
  });

  it('turns a name it does not know into words rather than showing it raw', () => {
    expect(agentStyle('OutlineEditorAgent').label).toBe('Outline editor');
    expect(toolLabel('export_manuscript')).toBe('Export manuscript');
  });
});
