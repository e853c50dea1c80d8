import { defineConfig } from 'vite';

// Relative asset paths: the built app works from any folder or URL path.
export default defineConfig({ base: './' });
