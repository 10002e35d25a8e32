// Lists the server's models and switches the session's model; the built-in offline model is labelled as such.
import type { ModelInfo } from '../../protocol/messages.ts';
import { useSocketActions } from '../socket/socket-context.ts';
import { useStudio } from '../store/studio-context.tsx';

/** A short name that fits the header, even on a phone; the full one is the option's title. */
function optionLabel(model: ModelInfo): string {
  if (model.offline) return 'Offline model';
  return model.label.replace(/\s*\(.*\)\s*$/, '');
}

function optionTitle(model: ModelInfo): string {
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
    // Offline it cannot switch anything: on a phone it gives its room to the connection's Retry.
    <label
      className={`${online ? 'flex' : 'hidden sm:flex'} shrink-0 items-center gap-1.5 text-xs text-ink-500 dark:text-ink-400`}
    >
      <span className="sr-only 2xl:not-sr-only">Model</span>
      <select
        data-testid="model-picker"
        value={active ?? ''}
        disabled={!online || models.length === 0}
        onChange={(event) => switchModel(event.target.value)}
        title={models.find((m) => m.id === active)?.label ?? active ?? undefined}
        className="max-w-[9rem] rounded-lg [field-sizing:content] sm:max-w-[16rem] border border-ink-200 bg-white px-2 py-1 text-xs text-ink-800 disabled:opacity-60 dark:border-ink-700 dark:bg-ink-900 dark:text-ink-100"
      >
        {!known && <option value={active ?? ''}>{active ?? 'Loading…'}</option>}
        {models.map((model) => (
          <option key={model.id} value={model.id} title={optionTitle(model)}>
            {optionLabel(model)}
          </option>
        ))}
      </select>
    </label>
  );
}
