// Lint rules for Hifazat. Beyond the recommended sets: features that work only in unpacked builds are banned, so
// nothing we ship depends on them (onRuleMatchedDebug is unpacked-only; getMatchedRules is rate-limited and needs
// the feedback permission in store builds).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UNPACKED_ONLY = 'onRuleMatchedDebug|getMatchedRules';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '**/*.tmp.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: `MemberExpression[property.name=/^(${UNPACKED_ONLY})$/]`,
          message:
            'Works only in unpacked builds (or is rate-limited): count from our own pages and webNavigation.',
        },
      ],
    },
  },
  {
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
);
