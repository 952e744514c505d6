// Tailwind 4 through PostCSS, so `next build --webpack` keeps the classes too (Turbopack needs nothing).
const config = { plugins: { "@tailwindcss/postcss": {} } };

export default config;
