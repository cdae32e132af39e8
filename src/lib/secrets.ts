type Env = (key: string) => string | undefined;

/**
 * Strapi's secrets have no safe default. A missing one stops the server at start with the variable
 * named, in production and everywhere else (`npm run dev` writes them into .env on first run).
 */
export function requireSecret(env: Env, name: string): string {
  const value = env(name);
  if (value && value.trim() !== '') return value;
  const hint =
    process.env.NODE_ENV === 'production'
      ? 'Production never generates secrets: supply it through the environment.'
      : 'Run `npm run dev` once to generate .env, or set it in the environment.';
  throw new Error(`Missing secret ${name}. ${hint}`);
}
