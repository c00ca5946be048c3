// Type of the build-time virtual module that holds the compiled guide catalogue.
declare module 'virtual:guide-catalogue' {
  const catalogue: import('./types').Catalogue;
  export default catalogue;
}
