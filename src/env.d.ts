/// <reference types="astro/client" />

// Plain `tsc` cannot read .astro files (`astro check` can, and checks them); this lets it type the
// TypeScript modules that import components.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
