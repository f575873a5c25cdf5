import type { Plugin } from 'vite';

interface Chunk {
  type: 'chunk' | 'asset';
  fileName?: string;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * For the pages whose entry only starts the host library and imports the page's code dynamically (so that the
 * document loads at once and Office.js starts early): `<link rel="modulepreload">` for that code and its
 * imports, so the browser fetches it from the first moment, as for a static import, without waiting for it.
 */
export function preloadPageCode(pages: string[]): Plugin {
  return {
    name: 'interlog-preload-page-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const page = ctx.filename
          .replace(/\\/g, '/')
          .split('/')
          .pop()!
          .replace(/\.html$/, '');
        const entry = ctx.chunk as Chunk | undefined;
        if (!pages.includes(page) || !entry || !ctx.bundle) return html;
        const bundle = ctx.bundle as unknown as Record<string, Chunk>;
        const files = new Set<string>();
        const add = (file: string) => {
          if (files.has(file) || !bundle[file]) return;
          files.add(file);
          bundle[file].imports?.forEach(add);
        };
        entry.dynamicImports?.forEach(add);
        const links = [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` } }));
        return { html, tags: links.map((link) => ({ ...link, injectTo: 'head' as const })) };
      },
    },
  };
}
