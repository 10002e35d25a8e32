// Switches between light and dark; the first choice follows the system setting.
import { useStudio } from '../store/studio-context.tsx';

export function ThemeToggle() {
  const theme = useStudio((s) => s.theme);
  const setTheme = useStudio((s) => s.setTheme);
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      data-testid="theme-toggle"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => setTheme(next)}
      className="rounded-lg p-1.5 text-ink-500 hover:bg-ink-100 focus-visible:outline-2 focus-visible:outline-quill-500 dark:text-ink-300 dark:hover:bg-ink-800"
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
