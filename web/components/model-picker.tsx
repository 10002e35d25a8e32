// Lists the server's models and switches the session's model; the built-in offline model is labelled as such.
import type { ModelInfo } from '../../protocol/messages.ts';
import { useSocketActions } from '../socket/socket-context.ts';
import { useStudio } from '../store/studio-context.tsx';

/** The offline model is named as such even when its label does not say so. */
function optionLabel(model: ModelInfo): string {
  if (model.offline) return /offline/i.test(model.label) ? model.label : `${model.label} (offline)`;
  return `${model.label} · ${model.provider}`;
}

export function ModelPicker() {
  const models = useStudio((s) => s.models.available);
  const active = useStudio((s) => s.session.model);
  const online = useStudio((s) => s.connection.status === 'connected');
  const { switchModel } = useSocketActions();
  const known = models.some((m) => m.id === active);
  return (
    <label className="flex min-w-0 items-center gap-1.5 text-xs text-ink-500 dark:text-ink-400">
      <span className="hidden 2xl:inline">Model</span>
      <select
        data-testid="model-picker"
        value={active ?? ''}
        disabled={!online || models.length === 0}
        onChange={(event) => switchModel(event.target.value)}
        className="w-24 min-w-0 rounded-lg sm:w-auto sm:max-w-[16rem] border border-ink-200 bg-white px-2 py-1 text-xs text-ink-800 disabled:opacity-60 dark:border-ink-700 dark:bg-ink-900 dark:text-ink-100"
      >
        {!known && <option value={active ?? ''}>{active ?? 'Loading…'}</option>}
        {models.map((model) => (
          <option key={model.id} value={model.id}>
            {optionLabel(model)}
          </option>
        ))}
      </select>
    </label>
  );
}
