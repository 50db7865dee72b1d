import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The console is built into dist/console and served by the API at `/`: hashed files under
 * `/assets/`, no inline script or style, so the API's Content-Security-Policy holds.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // The typed client the console shares with integrators (libs/client).
  resolve: { alias: { '@telemed/client': fileURLToPath(new URL('../../libs/client/index.ts', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000' } },
});
