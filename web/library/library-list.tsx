// One tab of the library: the writer's plots, characters, worlds or authors matching the search.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArtifactKind } from '../../protocol/artifacts.ts';
import { useApi } from '../components/api-context.ts';
import { describeFailure } from '../components/error-words.ts';
import { useStudio } from '../store/studio-context.tsx';
import { artifactTitle, KIND_LABEL } from './artifact-fields.ts';

const PAGE_SIZE = 50;

interface Row {
  id: string;
  title: string;
  detail: string;
}

function detailOf(item: Record<string, unknown>): string {
  for (const key of ['logline', 'role', 'type', 'pen_name', 'genre']) {
    const value = item[key];
    if (typeof value === 'string' && value) return value;
  }
  return '';
}

function rowsOf(items: readonly object[]): Row[] {
  return (items as Record<string, unknown>[]).map((item) => ({
    id: String(item.id),
    title: artifactTitle(item),
    detail: detailOf(item),
  }));
}

export function LibraryList({
  kind,
  query,
  projectId,
}: {
  kind: ArtifactKind;
  query: string;
  projectId?: string;
}) {
  const api = useApi();
  const version = useStudio((s) => s.library.version);
  const openArtifact = useStudio((s) => s.openArtifact);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [total, setTotal] = useState({ count: 0, capped: false });
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** Bumped by every fresh search, so a "Show more" answer for an older one is dropped. */
  const listing = useRef(0);

  // A new listing whenever what is asked changes or a turn may have saved something (`version`).
  const asked = useMemo(
    () => ({ kind, q: query.trim() || undefined, project_id: projectId, version }),
    [kind, query, projectId, version],
  );
  useEffect(() => {
    let live = true;
    listing.current += 1;
    // Typing in the search box waits for a pause before asking the server.
    const timer = setTimeout(() => {
      api.listArtifacts(asked.kind, { q: asked.q, project_id: asked.project_id, limit: PAGE_SIZE }).then(
        (page) => {
          if (!live) return;
          setRows(rowsOf(page.items));
          setTotal({ count: page.total, capped: page.total_capped });
          setNextCursor(page.next_cursor);
          setProblem(null);
        },
        (error: unknown) => {
          if (live) setProblem(describeFailure(error));
        },
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, asked]);

  const showMore = () => {
    if (!nextCursor || loadingMore) return;
    const current = listing.current;
    setLoadingMore(true);
    api
      .listArtifacts(kind, {
        q: query.trim() || undefined,
        project_id: projectId,
        limit: PAGE_SIZE,
        cursor: nextCursor,
      })
      .then(
        (page) => {
          setLoadingMore(false);
          if (current !== listing.current) return;
          setRows((shown) => [...(shown ?? []), ...rowsOf(page.items)]);
          setNextCursor(page.next_cursor);
        },
        (error: unknown) => {
          setLoadingMore(false);
          if (current === listing.current) setProblem(describeFailure(error));
        },
      );
  };

  if (problem) return <p className="p-4 text-sm text-red-600">{problem}</p>;
  if (rows === null) return <p className="p-4 text-sm text-ink-400">Loading…</p>;
  if (rows.length === 0) {
    return (
      <p data-testid="library-empty" className="p-4 text-sm text-ink-400">
        {query
          ? `No ${KIND_LABEL[kind].many.toLowerCase()} match “${query}”.`
          : `No ${KIND_LABEL[kind].many.toLowerCase()} yet.`}
      </p>
    );
  }
  return (
    <div>
      <p className="px-4 pt-2 text-xs text-ink-400">
        {/* The server stops counting at a cap: "200+" rather than a number that is not the whole. */}
        {total.count}
        {total.capped ? '+' : ''}{' '}
        {total.count === 1 && !total.capped ? KIND_LABEL[kind].one : KIND_LABEL[kind].many.toLowerCase()}
      </p>
      <ul data-testid="library-list" className="divide-y divide-ink-100 dark:divide-ink-800">
        {rows.map((row) => (
          <li key={row.id}>
            <button
              type="button"
              data-testid="library-item"
              data-id={row.id}
              onClick={() => openArtifact({ kind, id: row.id })}
              className="w-full px-4 py-3 text-left hover:bg-ink-50 focus-visible:outline-2 focus-visible:outline-quill-500 dark:hover:bg-ink-800/60"
            >
              <span className="block font-serif font-medium text-ink-900 dark:text-ink-50">{row.title}</span>
              {row.detail && (
                <span className="line-clamp-2 text-sm text-ink-500 dark:text-ink-400">{row.detail}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
      {nextCursor && (
        <button
          type="button"
          data-testid="library-more"
          onClick={showMore}
          disabled={loadingMore}
          className="w-full px-4 py-2 text-sm text-quill-600 hover:bg-ink-50 disabled:opacity-50 dark:hover:bg-ink-800/60"
        >
          {loadingMore ? 'Loading…' : 'Show more'}
        </button>
      )}
    </div>
  );
}
