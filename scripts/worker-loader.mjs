// Trunk's loader for a web worker (`<name>_loader.js`) starts the worker's wasm with
// `wasm_bindgen("./<name>_bg.wasm")`, a form wasm-bindgen's glue has deprecated: it logs "using
// deprecated parameters for the initialization function" in every worker it starts. This passes
// the same path in the object the glue asks for (scripts/post-build.mjs runs it on the build).

const CALL = /wasm_bindgen\(("\.\/[^"]+_bg\.wasm")\)/;

/** The loader's `text` with the wasm's path passed as `{ module_or_path }`. */
export function modernWorkerLoader(text) {
  if (!CALL.test(text)) {
    throw new Error('no wasm_bindgen("./…_bg.wasm") call in the worker\'s loader (has Trunk changed it?)');
  }
  return text.replace(CALL, 'wasm_bindgen({ module_or_path: $1 })');
}
