/** An essay section: its MDX content and the meta its first line exports. */
declare module '*.mdx' {
  import type { MDXProps } from 'mdx/types';
  import type { JSX } from 'react';
  export const meta: { id: string; title: string };
  export default function MDXContent(props: MDXProps): JSX.Element;
}
