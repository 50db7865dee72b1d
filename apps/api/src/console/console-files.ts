import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where the built console lives: `dist/console` beside the project's package.json, whether the API
 * runs from its sources or from `dist` (the image keeps the same layout under /app).
 */
export function defaultConsoleDir(from: string = __dirname): string {
  let directory = from;
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) return join(from, 'console');
    directory = parent;
  }
  return join(directory, 'dist', 'console');
}
