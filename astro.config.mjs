// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

export default defineConfig({
  // Links are root-relative, so the built site works on any static host.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), react()],
  prefetch: false,
  devToolbar: { enabled: false },
});
