// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { createHash } from 'node:crypto';
import { INLINE_SCRIPTS } from './src/browser/inline-scripts.mjs';

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export default defineConfig({
  // Links are root-relative, so the built site works on any static host.
  trailingSlash: 'always',
  // Stylesheets as files: Astro does not hash every inlined <style> (styles of components inside MDX are missed),
  // and the CSP refuses unhashed ones. Files are also cached across pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), react()],
  // No code blocks in the content; Shiki's inline styles would not pass the CSP.
  markdown: { syntaxHighlight: false },
  prefetch: false,
  devToolbar: { enabled: false },
  security: {
    // Astro hashes its own scripts and styles into a CSP <meta> on every page: no 'unsafe-inline' for scripts,
    // so an injected inline handler or <script> does not run. Pagefind compiles WebAssembly ('wasm-unsafe-eval').
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: INLINE_SCRIPTS.map(sha256) },
      // Style attributes (chart sizes, React style props) stay allowed; style elements are hashed.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  vite: {
    build: {
      // Font subsets stay files (cached once, fetched only for the ranges a page shows), never data: URIs in CSS.
      assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
    },
  },
});
