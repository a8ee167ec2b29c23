import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "data/**", "coverage/**", "src/web/dist/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["*.js", "bin/*.js"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
    },
  },
  {
    // The domain is pure: no I/O and no outer layers.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/store/**", "**/services/**", "**/server/**", "**/cli/**", "**/web/**"],
              message: "domain must not import outer layers",
            },
            {
              group: ["kysely", "better-sqlite3", "pg", "fastify", "node:fs", "fs", "node:net", "node:http"],
              message: "domain is pure: no I/O",
            },
          ],
        },
      ],
    },
  },
  {
    // Only the store speaks SQL.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/store/**", "src/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["kysely", "better-sqlite3", "pg"].map((name) => ({
            name,
            message: "only src/store talks to the database",
          })),
        },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "test/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      "no-restricted-imports": "off",
    },
  },
);
