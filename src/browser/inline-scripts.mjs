// The only inline scripts: they must run before first paint or without a download. Astro does not hash
// `is:inline` scripts, so astro.config.mjs hashes these exact strings into the CSP; Base.astro renders them.

/** Enhancement gate: html.js before first paint, so .js-only controls never flash in a JS-off browser. */
export const GATE_SCRIPT = "document.documentElement.classList.add('js')";

/** The «Udskriv» buttons (data-print) on content pages, which otherwise ship no JavaScript. */
export const PRINT_SCRIPT = "document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('[data-print]');if(b){window.print();}});";

export const INLINE_SCRIPTS = [GATE_SCRIPT, PRINT_SCRIPT];
