import { describe, expect, it } from 'vitest';
import { elementSnippet, embedUrl, escapeHtml, iframeSnippet } from '../../../src/embed/snippets';

const target = { origin: 'https://example.org', id: 'linear-layer', query: 'n=2&k=3', title: 'A linear layer' };

describe('snippets', () => {
  it('embedUrl puts the query after the embed path', () => {
    expect(embedUrl(target)).toBe('https://example.org/embed/linear-layer/?n=2&k=3');
    expect(embedUrl({ ...target, query: '' })).toBe('https://example.org/embed/linear-layer/');
  });

  it('iframeSnippet escapes the URL for an attribute and adds the host script', () => {
    expect(iframeSnippet(target)).toBe(
      '<iframe src="https://example.org/embed/linear-layer/?n=2&amp;k=3" title="A linear layer (interactive diagram)" style="width:100%;border:0" height="520" loading="lazy"></iframe>\n' +
        '<script src="https://example.org/embed.js" async></script>',
    );
  });

  it('elementSnippet loads the module and names the diagram', () => {
    expect(elementSnippet(target)).toBe(
      '<script type="module" src="https://example.org/lib/two-neurons.js"></script>\n<two-neurons-diagram name="linear-layer" params="n=2&amp;k=3"></two-neurons-diagram>',
    );
  });

  it('never lets markup out of an attribute', () => {
    const hostile = { ...target, query: '"><script>alert(1)</script>', title: '</iframe><img src=x onerror=alert(1)>' };
    for (const text of [iframeSnippet(hostile), elementSnippet(hostile)]) {
      expect(text).not.toMatch(/<(img|script>alert)/);
      expect(text.match(/"/g)!.length % 2).toBe(0);
    }
    expect(escapeHtml(`<a href='x'>&"`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;');
  });
});
