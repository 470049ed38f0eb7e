// A static, fully offline app: every route is prerendered at build time.
export const prerender = true;
export const trailingSlash = 'never';
