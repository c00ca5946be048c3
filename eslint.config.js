// Lint: typescript-eslint with type-aware rules, eslint-plugin-solid for the UI, and a ban on
// HTML sinks (innerHTML, outerHTML, insertAdjacentHTML, document.write) everywhere in our code.
import solid from 'eslint-plugin-solid/configs/typescript';
import tseslint from 'typescript-eslint';

const htmlSinks = [
  { object: 'document', property: 'write', message: 'No HTML sinks: build DOM nodes and set textContent.' },
];
const sinkSyntax = ['innerHTML', 'outerHTML'].map((name) => ({
  selector: `AssignmentExpression > MemberExpression.left[property.name='${name}']`,
  message: `No HTML sinks: ${name} with guide or page text is forbidden (SECURITY.md). Set textContent instead.`,
}));

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.output-all-sites/**',
      '.wxt/**',
      'node_modules/**',
      'out/**',
      'tests/fixtures/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      'no-restricted-properties': [
        'error',
        ...htmlSinks,
        { property: 'insertAdjacentHTML', message: 'No HTML sinks.' },
      ],
      'no-restricted-syntax': ['error', ...sinkSyntax],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.tsx'], ...solid },
  {
    // Tests build small fixture DOMs from literal strings and use minimal async fakes.
    files: ['tests/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-restricted-syntax': 'off',
    },
  },
);
