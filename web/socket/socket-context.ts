// Hands the session socket's actions to components without threading them through every prop.
import { createContext, useContext } from 'react';
import type { SessionSocket } from './use-session-socket.ts';

export const SocketContext = createContext<SessionSocket | null>(null);

export function useSocketActions(): SessionSocket {
  const socket = useContext(SocketContext);
  if (!socket) throw new Error('useSocketActions needs a SocketContext provider');
  return socket;
}
