import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

interface HastNode {
  type: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * Display equations scroll sideways on a narrow phone; a scrollable region
 * must be reachable by keyboard, so each gets a tab stop and a name.
 */
function rehypeFocusableDisplayMath() {
  const visit = (node: HastNode) => {
    const classes = node.properties?.className;
    if (node.type === 'element' && Array.isArray(classes) && classes.includes('katex-display')) {
      node.properties = { ...node.properties, tabIndex: 0, role: 'group', ariaLabel: 'Equation' };
    }
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}

/**
 * One config for the client build (two HTML entries: the essay and the embed
 * page template) and the SSR build of `src/entry-server.tsx`. MDX math is
 * typeset by KaTeX here, at build time: the browser never gets KaTeX's JS.
 */
export default defineConfig({
  plugins: [
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, { strict: 'error' }], rehypeFocusableDisplayMath] }) },
    react({ include: /\.(tsx?|mdx)$/ }),
  ],
  build: {
    target: 'es2022',
    // The audit reads the chunk graph from here to hold the JavaScript budgets.
    manifest: true,
    // Never inline assets as data: URLs: the pages' CSP allows fonts and images from 'self' only.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: { essay: 'index.html', embed: 'embed.html' },
      // The core is pure (no module has side effects): a diagram that imports one function through
      // src/core/index.ts then depends on that function's module alone, not on every module the index
      // names, so an embed page loads the core it uses and not, say, Hodgkin–Huxley for xor.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]core[\\/]/.test(id) },
      output: {
        codeSplitting: {
          // mount() travels with the figure kit (the controls, colours, motion hooks and chart geometry
          // nearly every figure imports). Left to automatic splitting the kit was a dozen chunks of
          // 150–3,000 bytes, and an embed page paid a request and a fresh gzip dictionary for each; in
          // mount's chunk they compress together (dendrite-sum's embed page 93.2 → 91.1 KB). Vite's
          // preload helper stays a chunk of its own, or the essay's first load would import mount.
          groups: [
            { name: 'preload-helper', test: /preload-helper/, priority: 2 },
            {
              name: 'mount',
              priority: 1,
              test: /[\\/]src[\\/](mount|ui[\\/](controls|palette|settle|useReducedMotion|useAnimationLoop)|chart[\\/](format|path|scaleLinear))\.tsx?$/,
            },
          ],
        },
      },
    },
  },
});
