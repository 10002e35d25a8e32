// Loads the book drawer's code the first time the writer opens it.
import { lazy, Suspense } from 'react';
import { useStudio } from '../store/studio-context.tsx';

const BookPanel = lazy(() => import('./book-panel.tsx').then((m) => ({ default: m.BookPanel })));

export function LazyBookPanel() {
  const open = useStudio((s) => s.bookOpen);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <BookPanel />
    </Suspense>
  );
}
