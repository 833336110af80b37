// Components that authors use in content MDX. They are passed to every rendered entry,
// so MDX files use them without importing.
import ComparisonTable from './ComparisonTable.astro';
import EquityAction from './EquityAction.astro';
import GuidanceQuote from './GuidanceQuote.astro';
import Resource from './Resource.astro';
import ShareExample from './ShareExample.astro';
import SystemDiagram from './SystemDiagram.astro';

export const contentComponents = { ComparisonTable, EquityAction, GuidanceQuote, Resource, ShareExample, SystemDiagram };
