export * from './store';
export * from './run';
export * from './view';
export * from './explore';
export * from './compare';
export * from './timeline';
export * from './move';
export * from './selectors';
export { AppStoreProvider, useAppStore, useAppStoreApi } from './react';
