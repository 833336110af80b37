// Finds syntax and features in built JavaScript and CSS that the supported browsers (src/browser-support.mjs:
// Safari 15.4, Chrome and Edge 109, Firefox 115) do not have. Safari is the one that lags, so each finding
// names the Safari version that first has it.
import { parse, type Node } from 'acorn';

export interface Finding {
  feature: string;
  where: string;
}

/** ES2022 is what they all parse, less class static blocks (Safari 16.4) and regex lookbehind (Safari 16.4). */
const ECMA_VERSION = 2022;

/** Built-in methods newer than the policy, by the name they are called by (distinctive enough not to be a library's own). */
const NEWER_METHODS: Record<string, string> = {
  toSorted: 'Array.prototype.toSorted (Safari 16)',
  toReversed: 'Array.prototype.toReversed (Safari 16)',
  toSpliced: 'Array.prototype.toSpliced (Safari 16)',
  isWellFormed: 'String.prototype.isWellFormed (Safari 16.4)',
  toWellFormed: 'String.prototype.toWellFormed (Safari 16.4)',
  symmetricDifference: 'Set methods (Safari 17)',
  isSubsetOf: 'Set methods (Safari 17)',
};

/** Built-in functions newer than the policy, by their object and name. */
const NEWER_STATICS: Record<string, string> = {
  'Array.fromAsync': 'Array.fromAsync (Safari 16.4)',
  'Promise.withResolvers': 'Promise.withResolvers (Safari 17.4)',
  'Object.groupBy': 'Object.groupBy (Safari 17.4)',
  'Map.groupBy': 'Map.groupBy (Safari 17.4)',
  'Promise.try': 'Promise.try (Safari 18.2)',
  'RegExp.escape': 'RegExp.escape (Safari 18.2)',
  'Math.sumPrecise': 'Math.sumPrecise',
  'Error.isError': 'Error.isError',
};

const LOOKBEHIND = /\(\?<[=!]/;

function* nodes(node: unknown): Generator<Node & Record<string, unknown>> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* nodes(child);
    return;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.type === 'string') yield record as Node & Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) if (key !== 'loc' && value && typeof value === 'object') yield* nodes(value);
}

const lineOf = (code: string, offset: number) => code.slice(0, offset).split('\n').length;

/** What in this script the supported browsers cannot run, each with where it is. */
export function jsFindings(code: string, name = 'script'): Finding[] {
  let ast: Node;
  try {
    ast = parse(code, { ecmaVersion: ECMA_VERSION, sourceType: 'module', allowHashBang: true });
  } catch (error) {
    const { message } = error as Error;
    return [
      {
        feature: `syntax newer than ES${ECMA_VERSION}: ${message.replace(/\s*\(\d+:\d+\)$/, '')}`,
        where: `${name}:${/\((\d+):\d+\)$/.exec(message)?.[1] ?? '?'}`,
      },
    ];
  }
  const findings: Finding[] = [];
  const at = (node: Node) => `${name}:${lineOf(code, node.start)}`;
  for (const node of nodes(ast)) {
    if (node.type === 'StaticBlock') findings.push({ feature: 'class static block (Safari 16.4)', where: at(node) });
    if (node.type === 'Literal' && node.regex && LOOKBEHIND.test((node.regex as { pattern: string }).pattern)) {
      findings.push({ feature: 'regex lookbehind (Safari 16.4)', where: at(node) });
    }
    // A regex the compiler could not lower is left as `new RegExp("…")`, which fails only when it runs.
    if ((node.type === 'NewExpression' || node.type === 'CallExpression') && (node.callee as { name?: string }).name === 'RegExp') {
      const first = (node.arguments as Array<{ type: string; value?: unknown }>)[0];
      if (first?.type === 'Literal' && typeof first.value === 'string' && LOOKBEHIND.test(first.value))
        findings.push({ feature: 'regex lookbehind in new RegExp (Safari 16.4)', where: at(node) });
    }
    if (node.type === 'MemberExpression' && !node.computed) {
      const method = (node.property as { name?: string }).name ?? '';
      const owner = (node.object as { type: string; name?: string }).type === 'Identifier' ? `${(node.object as { name: string }).name}.${method}` : '';
      const feature = Object.hasOwn(NEWER_METHODS, method) ? NEWER_METHODS[method] : Object.hasOwn(NEWER_STATICS, owner) ? NEWER_STATICS[owner] : undefined;
      if (feature) findings.push({ feature, where: at(node) });
    }
  }
  return findings;
}

/** CSS features whose absence breaks a page (a rule or value dropped), not ones that only add polish. */
const CSS_FEATURES: Array<{ feature: string; pattern: RegExp; token: string }> = [
  { feature: 'light-dark() (Safari 17.5)', pattern: /light-dark\(/, token: 'light-dark(' },
  { feature: 'color-mix() (Safari 16.2)', pattern: /color-mix\(/, token: 'color-mix(' },
  { feature: 'container queries (Safari 16)', pattern: /@container\b|container-type\s*:/, token: 'container' },
  { feature: 'subgrid (Safari 16)', pattern: /grid-template-(?:columns|rows)\s*:\s*subgrid/, token: 'subgrid' },
  { feature: '@property (Safari 16.4)', pattern: /@property\b/, token: '@property' },
  { feature: '@scope (Safari 17.4)', pattern: /@scope\b/, token: '@scope' },
  { feature: '@starting-style (Safari 17.5)', pattern: /@starting-style\b/, token: '@starting-style' },
  { feature: ':user-invalid / :user-valid (Safari 16.5)', pattern: /:user-(?:in)?valid\b/, token: ':user-' },
  { feature: 'lh and rlh units (Safari 16.4)', pattern: /[\d.]r?lh\b/, token: 'lh' },
];

/** Which at-rules hold rules (their blocks hold selectors, not declarations). */
const GROUP_RULES = /^@(media|supports|layer|container|document|scope|starting-style|keyframes|-webkit-keyframes)\b/i;

/** What in this stylesheet the supported browsers cannot use; a feature is fine inside an @supports that tests for it. */
export function cssFindings(css: string, name = 'stylesheet'): Finding[] {
  const findings: Finding[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  // Walk the blocks: a `{` opened inside a style rule's declarations is CSS nesting (Safari 16.5).
  const stack: Array<{ kind: 'rule' | 'group'; supports: string }> = [];
  let prelude = '';
  let start = 0;
  const supportsHere = () => stack.map((s) => s.supports).join(' ');
  const checkDeclarations = (declarations: string, offset: number) => {
    for (const { feature, pattern, token } of CSS_FEATURES) {
      if (pattern.test(declarations) && !supportsHere().includes(token) && !new RegExp(`@supports[^{]*${token.replace(/[()]/g, '\\$&')}`).test(text)) {
        findings.push({ feature, where: `${name}:${lineOf(text, offset)}` });
      }
    }
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = text.indexOf(ch, i + 1);
      prelude += text.slice(i, end + 1);
      i = end < 0 ? text.length : end;
      continue;
    }
    if (ch === '{') {
      const head = prelude.trim();
      const parent = stack.at(-1);
      if (parent?.kind === 'rule') findings.push({ feature: 'CSS nesting (Safari 16.5)', where: `${name}:${lineOf(text, i)}` });
      checkDeclarations(head.startsWith('@') ? head : '', i);
      stack.push({ kind: GROUP_RULES.test(head) ? 'group' : 'rule', supports: head.startsWith('@supports') ? head : '' });
      prelude = '';
      start = i + 1;
    } else if (ch === '}') {
      if (stack.at(-1)?.kind === 'rule') checkDeclarations(text.slice(start, i), start);
      stack.pop();
      prelude = '';
      start = i + 1;
    } else if (ch === ';') {
      prelude = '';
    } else {
      prelude += ch;
    }
  }
  // One finding per feature and place is enough.
  return findings.filter((f, i) => findings.findIndex((g) => g.feature === f.feature && g.where === f.where) === i);
}
