import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit and component tests. Engine and scenario tests run in node; files under
// src/components and src/app use jsdom (see the environment comment at their top).
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    setupFiles: ['tests/setup.ts'],
  },
});
