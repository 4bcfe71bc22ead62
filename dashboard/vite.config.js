import { defineConfig } from 'vite';

// The built page ships in the newswire-dashboard jar under newswire-dashboard/ and is served by the aggregate at /.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'target/classes/newswire-dashboard',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: {
    // npm run dev: the page from Vite, the API from a local aggregate (bin/newswire demo)
    proxy: { '/api': 'http://localhost:8082' },
  },
});
