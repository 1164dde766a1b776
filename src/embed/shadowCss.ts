/**
 * Make a stylesheet independent of the host page's root font size, for use in
 * a shadow root: `rem` there would follow the host's `html { font-size }`.
 * Lengths in rem inside declaration blocks become `calc(N * var(--tn-rem))`;
 * media-query conditions keep rem (there it means the browser default anyway).
 */
export function remToVar(css: string): string {
  let out = '';
  let chunk = '';
  for (const char of css) {
    if (char === '{' || char === '}') {
      // Text before "{" is a selector or an at-rule prelude; before "}" it is declarations.
      out += (char === '}' ? convert(chunk) : chunk) + char;
      chunk = '';
    } else chunk += char;
  }
  return out + chunk;
}

function convert(declarations: string): string {
  return declarations.replace(/(^|[^\w.-])(-?(?:\d+\.?\d*|\.\d+))rem\b/g, (_, before: string, n: string) => `${before}calc(${n} * var(--tn-rem, 16px))`);
}
