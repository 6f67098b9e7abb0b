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
    // Timeouts catch hangs; speed is measured by `npm run bench`, not asserted here. On a
    // shared two-core machine a busy neighbour slows tests 3-5x, and jsdom tests that take
    // 1 s alone reached 7 s against the default 5 s. Tests that walk big state spaces set
    // their own, longer budgets beside the reason.
    testTimeout: 20_000,
    setupFiles: ['tests/setup.ts'],
  },
});
