/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const nhsukImages = fileURLToPath(
  new URL('./node_modules/nhsuk-frontend/dist/nhsuk/assets/images', import.meta.url),
);

/**
 * Serves and emits nhsuk-frontend's images under /assets/images/ (the path
 * its CSS and our favicon links use), so nothing is loaded from a CDN.
 */
function nhsukAssets(): Plugin {
  return {
    name: 'psirf-nhsuk-assets',
    configureServer(server) {
      server.middlewares.use('/assets/images', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '');
        if (!/^[\w.-]+$/.test(name)) return next();
        try {
          const body = readFileSync(join(nhsukImages, name));
          const type = name.endsWith('.svg')
            ? 'image/svg+xml'
            : name.endsWith('.png')
              ? 'image/png'
              : 'image/x-icon';
          res.setHeader('Content-Type', type);
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const name of readdirSync(nhsukImages)) {
        this.emitFile({
          type: 'asset',
          fileName: `assets/images/${name}`,
          source: readFileSync(join(nhsukImages, name)),
        });
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), nhsukAssets()],
  css: {
    // nhsuk-frontend 10 uses syntax lightningcss (Vite 8) does not parse strictly.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      scss: { quietDeps: true, loadPaths: ['node_modules'] },
    },
  },
  build: {
    // No inline data: URIs for assets: keeps a strict CSP (img-src 'self') happy.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8080' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    reporters: ['default'],
  },
});
