// Hands the studio store to components through React context, so each App (and each test) brings its own.
import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { StudioState, StudioStore } from './studio-store.ts';

const StudioStoreContext = createContext<StudioStore | null>(null);

export function StudioStoreProvider({ store, children }: { store: StudioStore; children: ReactNode }) {
  return <StudioStoreContext.Provider value={store}>{children}</StudioStoreContext.Provider>;
}

/** The store itself, for components that subscribe outside render (the transcript's growth, the announcer). */
export function useStudioStoreApi(): StudioStore {
  const store = useContext(StudioStoreContext);
  if (!store) throw new Error('useStudio needs a StudioStoreProvider');
  return store;
}

/** One field of the studio's state; the component re-renders only when that field changes. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(useStudioStoreApi(), selector);
}
