import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))

// Everything is bundled (no CDN, no external fonts): the server's CSP allows only 'self'.
export default defineConfig(({ command }) => {
  // A build is always a production build, even when started from a test run (NODE_ENV=test),
  // so that React's development bundle and JSX runtime never ship.
  if (command === 'build') process.env.NODE_ENV = 'production'
  return {
    root,
    base: '/',
    plugins: [react()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: false,
      assetsInlineLimit: 0,
    },
    server: {
      proxy: { '/api': 'http://127.0.0.1:3000' },
    },
  }
})
