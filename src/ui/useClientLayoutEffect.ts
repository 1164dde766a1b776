import { useEffect, useLayoutEffect } from 'react';

/** useLayoutEffect in a browser; on the server (where it warns, and nothing is ever laid out) useEffect. */
export const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;
