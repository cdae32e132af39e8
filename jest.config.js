/** Unit tests (pure modules, no Strapi) and integration tests (Strapi booted in-process). */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }];

// faker ships only ES modules, which jest's own loader cannot require on Node 20: compile them to CommonJS.
const esmPackages = {
  transform: {
    '^.+\\.ts$': tsJest,
    '/node_modules/@faker-js/faker/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2021', isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!@faker-js/faker/)'],
};

/** @type {import('jest').Config} */
module.exports = {
  // Integration files boot Strapi in beforeAll, two files at a time on a two-core machine: a loaded
  // machine must not turn a slow boot into a failure. This is a hang guard, not a performance target.
  testTimeout: 180000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      ...esmPackages,
      testMatch: ['<rootDir>/cms/**/*.test.ts', '<rootDir>/src/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      ...esmPackages,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/harness/global-setup.ts',
      setupFiles: ['<rootDir>/tests/harness/test-env.ts'],
    },
  ],
};
