// "Export Markdown" on a library item: the item as a .md file, and for a plot the story bible with its world, cast and author.
import { useState } from 'react';
import type { ArtifactKind } from '../../protocol/artifacts.ts';
import { ErrorCode } from '../../protocol/errors.ts';
import type { ApiClient } from '../api/api-client.ts';
import { useApi } from '../components/api-context.ts';
import { describeFailure } from '../components/error-words.ts';
import { artifactTitle } from './artifact-fields.ts';
import { downloadMarkdown } from './download-file.ts';
import { artifactMarkdown, markdownFileName, storyBibleMarkdown } from './story-markdown.ts';

type Item = Record<string, unknown>;

function idsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const id = (entry as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [id] : [];
  });
}

/** Fetches each linked item in full; one deleted since the plot was loaded is left out rather than failing the export. */
async function fetchAll(api: ApiClient, kind: ArtifactKind, ids: string[]): Promise<Item[]> {
  const found = await Promise.all(
    ids.map((id) =>
      api.getArtifact(kind, id).then(
        (item): Item => item,
        (error: { code?: string }) => {
          if (error.code === ErrorCode.NOT_FOUND) return null;
          throw error;
        },
      ),
    ),
  );
  return found.filter((item): item is Item => item !== null);
}

/** The plot, then everything the detail view says was built on it. */
export async function storyBibleOf(api: ApiClient, plot: Item): Promise<string> {
  const authorId = (plot.author as { id?: unknown } | null | undefined)?.id;
  const [worlds, characters, authors] = await Promise.all([
    fetchAll(api, 'worlds', idsOf(plot.worlds)),
    fetchAll(api, 'characters', idsOf(plot.characters)),
    fetchAll(api, 'authors', typeof authorId === 'string' ? [authorId] : []),
  ]);
  return storyBibleMarkdown({ plot, worlds, characters, author: authors[0] ?? null });
}

export function ExportMarkdownButton({ kind, item }: { kind: ArtifactKind; item: Item }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const exportItem = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const markdown = kind === 'plots' ? await storyBibleOf(api, item) : artifactMarkdown(kind, item);
      downloadMarkdown({ document, url: URL }, markdownFileName(artifactTitle(item)), markdown);
    } catch (error) {
      setProblem(describeFailure(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {problem && (
        <p role="alert" className="w-full text-red-600">
          {problem}
        </p>
      )}
      <button
        type="button"
        data-testid="export-markdown"
        disabled={busy}
        title={
          kind === 'plots'
            ? 'A story bible: this plot with its world, characters and author'
            : 'Download as a Markdown file'
        }
        onClick={() => void exportItem()}
        className="mr-auto rounded-lg border border-ink-200 px-3 py-1.5 hover:bg-ink-100 disabled:opacity-50 dark:border-ink-700 dark:hover:bg-ink-800"
      >
        {busy ? 'Exporting…' : 'Export Markdown'}
      </button>
    </>
  );
}
