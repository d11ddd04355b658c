import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the web client. Reads the committed schema file (never a live server),
 * so the generated code is reproducible: `npx graphql-codegen --config codegen.ts`.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/**/*.{ts,tsx}', '!libs/web/data-access/src/gql/**', '!libs/web/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'libs/web/data-access/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Money: 'number', DateTime: 'string' },
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
    'libs/web/data-access/src/gql/introspection.json': {
      plugins: ['urql-introspection'],
      config: { minify: false, includeScalars: true },
    },
  },
};

export default config;
