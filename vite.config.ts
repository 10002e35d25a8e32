// Builds the web app into dist/web, which the server serves; in development, proxies /api and /ws to it.
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const serverOrigin = 'http://127.0.0.1:8000';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': { target: serverOrigin, changeOrigin: true },
      '/ws': { target: serverOrigin, ws: true, changeOrigin: true },
    },
  },
});
