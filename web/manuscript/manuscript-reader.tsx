// The prose in reading order, one row per scene in a virtualised list, each editable by hand or written again.
import { useState } from 'react';
import type {
  ProjectManuscript,
  ProjectManuscriptChapter,
  ProjectManuscriptScene,
} from '../../protocol/projects.ts';
import { useApi } from '../components/api-context.ts';
import { describeFailure } from '../components/error-words.ts';
import { VirtualList } from '../components/virtual-list.tsx';
import { useSocketActions } from '../socket/socket-context.ts';

const button =
  'rounded-lg border border-ink-200 px-2 py-0.5 text-xs font-medium text-ink-700 hover:bg-ink-100 focus-visible:outline-2 focus-visible:outline-quill-500 dark:border-ink-700 dark:text-ink-200 dark:hover:bg-ink-800';

interface Row {
  chapter: ProjectManuscriptChapter;
  scene: ProjectManuscriptScene;
}

export function ManuscriptReader({
  manuscript,
  onChanged,
}: {
  manuscript: ProjectManuscript;
  onChanged: () => void;
}) {
  const rows: Row[] = manuscript.chapters.flatMap((chapter) =>
    chapter.scenes.map((scene) => ({ chapter, scene })),
  );
  if (rows.length === 0) return null;
  return (
    <VirtualList
      count={rows.length}
      itemKey={(index) => rows[index]?.scene.id ?? String(index)}
      renderItem={(index) => {
        const row = rows[index];
        return row ? <SceneRow row={row} projectId={manuscript.project_id} onChanged={onChanged} /> : null;
      }}
      positionKey={null}
      label="Manuscript"
      testId="manuscript"
      listClassName="px-4"
    />
  );
}

function SceneRow({ row, projectId, onChanged }: { row: Row; projectId: string; onChanged: () => void }) {
  const { chapter, scene } = row;
  const api = useApi();
  const { sendDraft } = useSocketActions();
  const [mode, setMode] = useState<'read' | 'edit' | 'regenerate'>('read');
  const [text, setText] = useState(scene.text);
  const [instruction, setInstruction] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const label = `${chapter.number}.${scene.number}`;

  const save = async () => {
    try {
      await api.editScene(projectId, scene.id, text);
      setMode('read');
      setProblem(null);
      onChanged();
    } catch (error) {
      setProblem(describeFailure(error));
    }
  };

  return (
    <article
      data-testid="scene"
      data-scene={label}
      aria-label={`Scene ${label}: ${scene.title}`}
      className="py-3"
    >
      {scene.number === 1 && (
        <h3 className="mb-2 font-serif text-lg font-semibold">
          Chapter {chapter.number}: {chapter.title}
        </h3>
      )}
      <div className="flex flex-wrap items-center gap-2 text-xs text-ink-500">
        <span className="font-medium text-ink-700 dark:text-ink-200">
          {label} {scene.title}
        </span>
        <span data-testid="scene-status">{scene.status}</span>
        <span data-testid="scene-words" className="tabular-nums">
          {scene.word_count.toLocaleString('en')} / {scene.word_target.toLocaleString('en')} words
        </span>
        {mode === 'read' && (
          <>
            <button
              type="button"
              className={button}
              onClick={() => setMode('edit')}
              aria-label={`Edit scene ${label}`}
            >
              Edit
            </button>
            <button
              type="button"
              className={button}
              onClick={() => setMode('regenerate')}
              aria-label={`Regenerate scene ${label}`}
            >
              Regenerate
            </button>
          </>
        )}
      </div>
      {mode === 'edit' ? (
        <div className="mt-2 space-y-2">
          <label htmlFor={`scene-text-${scene.id}`} className="sr-only">
            Text of scene {label}
          </label>
          <textarea
            id={`scene-text-${scene.id}`}
            data-testid="scene-editor"
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={12}
            className="w-full rounded-lg border border-ink-200 bg-ink-50 p-2 font-serif text-sm dark:border-ink-700 dark:bg-ink-950"
          />
          <div className="flex gap-2">
            <button type="button" data-testid="scene-save" className={button} onClick={save}>
              Save
            </button>
            <button type="button" className={button} onClick={() => setMode('read')}>
              Cancel
            </button>
          </div>
        </div>
      ) : mode === 'regenerate' ? (
        <form
          className="mt-2 flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            sendDraft(
              `Regenerate scene ${label}${instruction.trim() ? ` so that ${instruction.trim()}` : ''}`,
            );
            setMode('read');
            setInstruction('');
          }}
        >
          <label htmlFor={`scene-instruction-${scene.id}`} className="sr-only">
            What should change in scene {label}
          </label>
          <input
            id={`scene-instruction-${scene.id}`}
            data-testid="scene-instruction"
            value={instruction}
            onChange={(event) => setInstruction(event.target.value)}
            placeholder="What should change? (optional)"
            className="min-w-0 flex-1 rounded-lg border border-ink-200 bg-ink-50 px-2 py-1 text-sm dark:border-ink-700 dark:bg-ink-950"
          />
          <button type="submit" data-testid="scene-regenerate" className={button}>
            Write again
          </button>
        </form>
      ) : scene.text ? (
        <div data-testid="scene-text" className="mt-2 space-y-3 font-serif text-[15px] leading-relaxed">
          {scene.text.split(/\n{2,}/).map((paragraph, index) => (
            // Paragraphs of one scene's text, in order: the index is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      ) : (
        <p className="mt-2 text-sm italic text-ink-500">Not written yet.</p>
      )}
      {problem && (
        <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
    </article>
  );
}
