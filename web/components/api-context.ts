// Hands the REST client to components, so tests and the app can each give their own.
import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/api-client.ts';

export const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an ApiContext provider');
  return api;
}
