// Lint: typescript-eslint with type-aware rules, eslint-plugin-solid for the UI, and a ban on
// HTML sinks (innerHTML, outerHTML, srcdoc, insertAdjacentHTML, setHTMLUnsafe, document.write…,
// createContextualFragment, DOMParser, a srcdoc attribute) everywhere in our code.
import solid from 'eslint-plugin-solid/configs/typescript';
import tseslint from 'typescript-eslint';

const htmlSinks = [
  { object: 'document', property: 'write', message: 'No HTML sinks: build DOM nodes and set textContent.' },
  { object: 'document', property: 'writeln', message: 'No HTML sinks: build DOM nodes and set textContent.' },
  ...['insertAdjacentHTML', 'setHTMLUnsafe', 'parseHTMLUnsafe', 'createContextualFragment'].map((property) => ({
    property,
    message: 'No HTML sinks: build DOM nodes and set textContent.',
  })),
];
const SINK_PROPERTIES = ['innerHTML', 'outerHTML', 'srcdoc'];
const sinkSyntax = [
  ...SINK_PROPERTIES.map((name) => ({
    selector: `AssignmentExpression > MemberExpression.left[property.name='${name}']`,
    message: `No HTML sinks: ${name} with guide or page text is forbidden (docs/security.md). Set textContent instead.`,
  })),
  // el['innerHTML'] = … is the same sink written another way.
  ...SINK_PROPERTIES.map((name) => ({
    selector: `AssignmentExpression > MemberExpression.left[computed=true][property.value='${name}']`,
    message: `No HTML sinks: ${name} with guide or page text is forbidden (docs/security.md). Set textContent instead.`,
  })),
  {
    selector: "NewExpression[callee.name='DOMParser']",
    message: 'No HTML sinks: DOMParser turns text into markup. Build DOM nodes and set textContent.',
  },
  {
    selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value='srcdoc']",
    message: 'No HTML sinks: a srcdoc attribute is markup. Build DOM nodes and set textContent.',
  },
];

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
      'no-restricted-properties': ['error', ...htmlSinks],
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
