/**
 * Tests, kept apart from vite.config.ts because that one roots Vite in app/ and adds the React
 * plugin; tests run from the repository root in Node. Two projects: fast unit tests beside the
 * code, then the browser tests, one file at a time so two Chromiums never share the two cores.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root: '.',
          include: ['app/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          environment: 'node',
          // Speed is the benchmarks' business (npm run bench), not the tests': a test fails for a
          // wrong answer, never for a slow machine. A shared 2-core CI host ran tests that take 1–2 s
          // here past vitest's 5 s default while the other unit files competed for the cores.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          root: '.',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          // beforeAll may install Chromium with apt-get and builds the app: minutes, not seconds.
          hookTimeout: 600_000,
          // After the unit tests, so the browser does not compete with them for the cores.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
