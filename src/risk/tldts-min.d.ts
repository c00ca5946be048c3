// Types for tldts's own minified build. src/risk imports that file instead of the package entry:
// the bundler would otherwise copy the 68 KB suffix table into every place it is read (~3×).
declare module 'tldts/dist/index.esm.min.js' {
  export * from 'tldts';
}
