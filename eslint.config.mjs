/**
 * `office-addin-lint check` (part of `npm run lint`) reads this file instead of its own default.
 * Base: eslint-plugin-office-addins' React config (ESLint's recommended rules, the Office API rules such as
 * load-before-read and sync-after-load, React's rules). Deliberate changes, each with its reason:
 */
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';
import tsPlugin from '@typescript-eslint/eslint-plugin';

export default [
  // Build output and generated files are not ours to lint.
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**'] },
  ...officeAddins.configs.react,
  {
    files: ['src/**/*.{ts,tsx}'],
    // TypeScript's parser, named here: the plugin's own config reads the parser's default export, which
    // @typescript-eslint/parser 8 does not have, so without this every .ts file fails to parse; and its config
    // covers no .tsx files.
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { '@typescript-eslint': tsPlugin },
    rules: {
      // ESLint's own no-unused-vars counts parameter names in function *types* (`onSelect(sheet, cell)`) as
      // unused; TypeScript's version of the rule does not. The plugin does this for .ts files only.
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': 'error',
      // `export const Dec = …; export type Dec = …` is one name for a value and its type, which TypeScript allows
      // (and checks); ESLint's own rule does not know types.
      'no-redeclare': 'off',
      // Indonesian UI text quotes sheet and column names ("Narasi"); React escapes text, so a literal " is safe.
      'react/no-unescaped-entities': 'off',
      // Formatting is not enforced: the sources follow their own consistent style (120 columns, single quotes),
      // and rewriting every file to Prettier's would bury real changes in every merge.
      'prettier/prettier': 'off',
      // TypeScript (tsc --noEmit, same npm run lint) already reports undefined names, and knows the Office,
      // Excel and DOM globals that ESLint's no-undef does not.
      'no-undef': 'off',
      // The new JSX transform (react-jsx in tsconfig.json): React need not be in scope.
      'react/react-in-jsx-scope': 'off',
      // Props are typed by TypeScript; prop-types would only duplicate them.
      'react/prop-types': 'off',
    },
  },
  {
    // These patterns exist to find control characters: XML 1.0 forbids them, so the writers strip them.
    files: ['src/workbook/export/xlsx-writer.ts', 'src/workbook/xlsx/patch/xml.ts'],
    rules: { 'no-control-regex': 'off' },
  },
];
