// Writes the theme twice: dist/styles.css as it is, and dist/styles.layer.css
// with the same rules inside `@layer invite-kit`, for hosts that order their
// CSS with cascade layers (Tailwind v4 puts its utilities in `@layer utilities`,
// and unlayered rules beat every layer whatever their specificity).
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const result = await build({
  entryPoints: ['src/styles.css'],
  minify: true,
  write: false,
  logLevel: 'warning',
});
const css = result.outputFiles[0].text.trim();
writeFileSync('dist/styles.css', `${css}\n`);
writeFileSync('dist/styles.layer.css', `@layer invite-kit{${css}}\n`);
