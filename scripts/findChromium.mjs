// The system Chromium the browser checks drive (Playwright never downloads one
// here): CHROMIUM_PATH, else Debian's, else Ubuntu's name for it.
import { existsSync } from 'node:fs';

export const NO_CHROMIUM =
  'no Chromium found. Install it (Debian: `apt-get install -y chromium`) or point CHROMIUM_PATH at a Chromium or Chrome executable.';

export function findChromium() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
}
