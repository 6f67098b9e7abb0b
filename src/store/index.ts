export * from './store';
export * from './timeline';
export * from './selectors';
export { AppStoreProvider, useAppStore, useAppStoreApi } from './react';
