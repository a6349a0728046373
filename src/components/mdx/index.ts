/** Components MDX authors may use without importing them (passed to <Content components={...} />). */
import Citat from './Citat.astro';
import Faktaboks from './Faktaboks.astro';
import Redaktionel from './Redaktionel.astro';
import Red from './Red.astro';
import TreDele from './TreDele.astro';
import Styrker from './Styrker.astro';
import Udfordringer from './Udfordringer.astro';
import Raad from './Raad.astro';
import Vaerktoejskasse from './Vaerktoejskasse.astro';
import Figur from './Figur.astro';
import Spindelvaev from './Spindelvaev.astro';

export const mdxComponents = { Citat, Faktaboks, Redaktionel, Red, TreDele, Styrker, Udfordringer, Raad, Vaerktoejskasse, Figur, Spindelvaev };
