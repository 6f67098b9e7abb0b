import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit and component tests. Engine and scenario tests run in node; files under
// src/components and src/app use jsdom (see the environment comment at their top).
export default defineConfig({
  plugins: [react()],
  test: {
    // tests/fixtures/family/ is a family kept as a fixture, its own tests with it.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'tests/fixtures/family/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    // Timeouts catch hangs; speed is measured by `npm run bench`, not asserted here. On a
    // shared two-core machine a busy neighbour slows tests 3-5x, and far more when many
    // share it: mounting two whole apps in jsdom (Instance.test.tsx), 2 s alone, took 23 s
    // at a load average of 28. Tests that walk big state spaces set their own, longer
    // budgets beside the reason.
    testTimeout: 60_000,
    setupFiles: ['tests/setup.ts'],
  },
});
