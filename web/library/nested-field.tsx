// One labelled input of a nested row (an act's name, a beat's description), with the server's complaint beside it.

const INPUT_CLASS =
  'w-full rounded-lg border bg-white px-2.5 py-1.5 text-sm text-ink-900 focus:border-quill-500 focus:outline-none dark:bg-ink-900 dark:text-ink-50';

interface NestedFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  problem?: string | undefined;
  testId: string;
}

export function NestedField({ id, label, value, onChange, multiline, problem, testId }: NestedFieldProps) {
  const common = {
    id,
    value,
    'data-testid': testId,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-problem` : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    className: `${INPUT_CLASS} ${problem ? 'border-red-500' : 'border-ink-200 dark:border-ink-700'}`,
  };
  return (
    <div>
      <label htmlFor={id} className="mb-0.5 block text-xs font-medium text-ink-500 dark:text-ink-400">
        {label}
      </label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {problem && (
        <p
          id={`${id}-problem`}
          data-testid="field-problem"
          className="mt-0.5 text-xs text-red-700 dark:text-red-300"
        >
          {problem}
        </p>
      )}
    </div>
  );
}
