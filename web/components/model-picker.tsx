// Lists the server's models and switches the session's model; the built-in offline model is labelled as such.
import { useSocketActions } from '../socket/socket-context.ts';
import { useStudioStore } from '../store/studio-store.ts';

export function ModelPicker() {
  const models = useStudioStore((s) => s.models.available);
  const active = useStudioStore((s) => s.session.model);
  const online = useStudioStore((s) => s.connection.status === 'connected');
  const { switchModel } = useSocketActions();
  const known = models.some((m) => m.id === active);
  return (
    <label className="flex items-center gap-1.5 text-xs text-ink-500 dark:text-ink-400">
      <span className="hidden md:inline">Model</span>
      <select
        data-testid="model-picker"
        value={active ?? ''}
        disabled={!online || models.length === 0}
        onChange={(event) => switchModel(event.target.value)}
        className="max-w-[10rem] rounded-lg border border-ink-200 bg-white px-2 py-1 text-xs text-ink-800 disabled:opacity-60 sm:max-w-[14rem] dark:border-ink-700 dark:bg-ink-900 dark:text-ink-100"
      >
        {!known && <option value={active ?? ''}>{active ?? 'Loading…'}</option>}
        {models.map((model) => (
          <option key={model.id} value={model.id}>
            {model.label}
            {model.offline ? ' (offline, built-in)' : ` · ${model.provider}`}
          </option>
        ))}
      </select>
    </label>
  );
}
