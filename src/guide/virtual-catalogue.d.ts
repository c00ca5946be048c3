// Type of the build-time virtual module that holds the compiled guide catalogue.
declare module 'virtual:guide-catalogue' {
  // Ambient module declarations cannot use relative imports, hence the import() type.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const catalogue: import('./types').Catalogue;
  export default catalogue;
}
