// The web app's zustand store, built from slices; socket frames reach it through `receive`.
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type { ArtifactKind } from '../../protocol/artifacts.ts';
import type { ModelInfo, ServerMessage } from '../../protocol/messages.ts';
import { applyServerMessage } from './apply-server-message.ts';
import { enqueue, markSending, removeFromOutbox, requeue } from './outbox.ts';
import { createSessionView, type OutboxEntry, type SessionView } from './session-view.ts';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface SessionSlice {
  session: SessionView;
  /** Applies frames in order in one update, so a burst of chunks costs one render. */
  receive: (messages: readonly ServerMessage[]) => void;
  addDraft: (entry: OutboxEntry) => void;
  markSending: (clientMessageIds: readonly string[]) => void;
  requeueDraft: (clientMessageId: string) => void;
  discardDraft: (clientMessageId: string) => void;
  openSession: (sessionId: string, outbox: OutboxEntry[]) => void;
}

export interface ConnectionSlice {
  connection: { status: ConnectionStatus; attempt: number };
  setConnection: (status: ConnectionStatus, attempt: number) => void;
}

export interface LibrarySelection {
  kind: ArtifactKind;
  id: string;
}

export interface LibrarySlice {
  library: { open: boolean; kind: ArtifactKind; selected: LibrarySelection | null; version: number };
  openLibrary: (kind?: ArtifactKind) => void;
  openArtifact: (selection: LibrarySelection) => void;
  closeArtifact: () => void;
  closeLibrary: () => void;
  /** Tells open lists to fetch again, e.g. after a turn saved something. */
  libraryChanged: () => void;
}

export interface ModelsSlice {
  models: { available: ModelInfo[]; defaultId: string | null };
  setModels: (available: ModelInfo[], defaultId: string | null) => void;
}

export type Theme = 'light' | 'dark';

export interface LayoutSlice {
  theme: Theme;
  sessionsOpen: boolean;
  /** The composer's text, here so a refused message can be put back into it for editing. */
  draft: string;
  setTheme: (theme: Theme) => void;
  setSessionsOpen: (open: boolean) => void;
  setDraft: (draft: string) => void;
  /** The book drawer: the session's project, its chapters and its prose. */
  bookOpen: boolean;
  setBookOpen: (open: boolean) => void;
}

export type StudioState = SessionSlice & ConnectionSlice & LibrarySlice & ModelsSlice & LayoutSlice;
type Slice<T> = StateCreator<StudioState, [], [], T>;

const createSessionSlice: Slice<SessionSlice> = (set) => ({
  session: createSessionView(),
  receive: (messages) =>
    set((state) => {
      const session = messages.reduce(applyServerMessage, state.session);
      return session === state.session ? state : { session };
    }),
  addDraft: (entry) => set((state) => ({ session: enqueue(state.session, entry) })),
  markSending: (ids) => set((state) => ({ session: markSending(state.session, ids) })),
  requeueDraft: (id) => set((state) => ({ session: requeue(state.session, id) })),
  discardDraft: (id) => set((state) => ({ session: removeFromOutbox(state.session, id) })),
  openSession: (sessionId, outbox) => set({ session: createSessionView(sessionId, outbox) }),
});

const createConnectionSlice: Slice<ConnectionSlice> = (set) => ({
  connection: { status: 'connecting', attempt: 0 },
  setConnection: (status, attempt) => set({ connection: { status, attempt } }),
});

const createLibrarySlice: Slice<LibrarySlice> = (set) => ({
  library: { open: false, kind: 'plots', selected: null, version: 0 },
  openLibrary: (kind) =>
    set((state) => ({
      library: { ...state.library, open: true, kind: kind ?? state.library.kind, selected: null },
    })),
  openArtifact: (selected) =>
    set((state) => ({ library: { ...state.library, open: true, kind: selected.kind, selected } })),
  closeArtifact: () => set((state) => ({ library: { ...state.library, selected: null } })),
  closeLibrary: () => set((state) => ({ library: { ...state.library, open: false, selected: null } })),
  libraryChanged: () =>
    set((state) => ({ library: { ...state.library, version: state.library.version + 1 } })),
});

const createModelsSlice: Slice<ModelsSlice> = (set) => ({
  models: { available: [], defaultId: null },
  setModels: (available, defaultId) => set({ models: { available, defaultId } }),
});

const createLayoutSlice: Slice<LayoutSlice> = (set) => ({
  theme: 'light',
  sessionsOpen: false,
  draft: '',
  setTheme: (theme) => set({ theme }),
  setSessionsOpen: (sessionsOpen) => set({ sessionsOpen }),
  setDraft: (draft) => set({ draft }),
  bookOpen: false,
  setBookOpen: (bookOpen) => set({ bookOpen }),
});

/** A fresh store; the app makes one at start and hands it to StudioStoreProvider, tests make their own. */
export function createStudioStore(): StudioStore {
  return createStore<StudioState>()((...a) => ({
    ...createSessionSlice(...a),
    ...createConnectionSlice(...a),
    ...createLibrarySlice(...a),
    ...createModelsSlice(...a),
    ...createLayoutSlice(...a),
  }));
}

export type StudioStore = StoreApi<StudioState>;
