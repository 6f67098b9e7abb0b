// The React side of the store: one store per app instance (tests make their own),
// handed down by context and read through selectors.

import { createContext, type ReactNode, useContext, useState } from 'react';
import { useStore } from 'zustand';
import { type AppStore, type Choices, createAppStore, type Store } from './store';

const StoreContext = createContext<AppStore | null>(null);

export function AppStoreProvider({ children, store, initial }: { children: ReactNode; store?: AppStore; initial?: Choices }) {
  const [value] = useState(() => store ?? createAppStore(initial));
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
