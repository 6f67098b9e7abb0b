// The React side of the store: one store per app instance (tests make their own),
// handed down by context and read through selectors.

import { createContext, type ReactNode, useContext, useState } from 'react';
import { useStore } from 'zustand';
import { type AppStore, createAppStore, type Store, type StoreInit } from './store';

const StoreContext = createContext<AppStore | null>(null);

export function AppStoreProvider({ children, store, init }: { children: ReactNode; store?: AppStore; init?: StoreInit }) {
  const [value] = useState(() => store ?? createAppStore(init));
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore outside AppStoreProvider');
  return store;
}

export function useAppStore<T>(selector: (s: Store) => T): T {
  return useStore(useAppStoreApi(), selector);
}
