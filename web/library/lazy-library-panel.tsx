// Loads the library drawer's code the first time the writer opens it; the first screen never needs it.
import { lazy, Suspense } from 'react';
import { useStudio } from '../store/studio-context.tsx';

const LibraryPanel = lazy(() => import('./library-panel.tsx').then((m) => ({ default: m.LibraryPanel })));

export function LazyLibraryPanel() {
  const open = useStudio((s) => s.library.open);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <LibraryPanel />
    </Suspense>
  );
}
