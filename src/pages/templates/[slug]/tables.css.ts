// The column tracks of each table of a template laid out as a grid at a desk (grid-columns.ts), as a stylesheet:
// they differ for each table, and the Content-Security-Policy allows no inline styles, so the page links this file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { templates } from '../../../../templates/index.ts';
import { tablesCss } from '../../../components/templates/grid-columns.ts';

export const getStaticPaths = (() =>
  templates.filter((def) => tablesCss(def) !== '').map((def) => ({ params: { slug: def.slug }, props: { css: tablesCss(def) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { css: string }).css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
