import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './' so the built app works from any path on a static host (and from disk).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
