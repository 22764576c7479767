import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

import { scaled } from './tests/support/slowdown';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Vitest's default bound as on a quiet machine, stretched to how busy it is (docs/facts.md, Tests on a loaded machine).
    testTimeout: scaled(5_000),
  },
});
