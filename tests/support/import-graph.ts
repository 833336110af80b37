// The project's own import graph, and the circles in it. Every relative import counts: static, `import type`,
// `export … from`, dynamic `import()` and `import('…').Type`, in .ts, .mjs, .js and the script parts of .astro files; a circle of
// any of these makes two files that cannot be read, tested or moved one without the other.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SOURCE = new Set(['.ts', '.mts', '.mjs', '.js', '.astro']);
const SKIP = new Set(['node_modules', 'dist', 'dist-subpath', '.astro', '.git']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.has(extname(entry.name)) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The code of a file: an .astro file's frontmatter and its <script> elements, any other file whole. */
function codeOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** The relative module names a file imports, in any of the ways above, read from TypeScript's syntax tree. */
export function importsOf(path: string): string[] {
  const source = ts.createSourceFile(path, codeOf(path), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      names.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      names.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      names.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names.filter((name) => name.startsWith('.'));
}

function resolveImport(from: string, name: string): string | null {
  const target = resolve(dirname(from), name.replace(/\?.*$/, ''));
  const candidates = [target, `${target}.ts`, `${target}.mjs`, `${target}.js`, join(target, 'index.ts')];
  return candidates.find((c) => SOURCE.has(extname(c)) && statSync(c, { throwIfNoEntry: false })?.isFile()) ?? null;
}

/** Each file (relative to `root`) and the files it imports, for every source file under the given folders. */
/** A circle as a line of a test failure: the path, then any other files of its group. */
export function describeCircle({ files, path }: ImportCircle): string {
  const others = files.filter((f) => !path.includes(f));
  return path.join(' → ') + (others.length ? ` (and, in the same circle, ${others.join(', ')})` : '');
}

export function importGraph(root: string, folders: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const folder of folders) {
    for (const file of sourceFiles(resolve(root, folder))) {
      const targets = importsOf(file).flatMap((name) => {
        const target = resolveImport(file, name);
        return target ? [relative(root, target)] : [];
      });
      graph.set(relative(root, file), [...new Set(targets)].sort());
    }
  }
  return graph;
}

export interface ImportCircle {
  /** Every file of the group, each reaching every other through imports. */
  files: string[];
  /** One circle through the group, starting and ending at its first file: ["a.ts", "b.ts", "a.ts"]. */
  path: string[];
}

/** The circles of a graph: one per group of files that all reach each other (Tarjan's strongly connected components). */
export function importCircles(graph: Map<string, string[]>): ImportCircle[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next);
    next++;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || (graph.get(file) ?? []).includes(file)) groups.push(group.sort());
    }
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return groups.map((files) => ({ files, path: circleThrough(graph, files) })).sort((a, b) => a.files[0].localeCompare(b.files[0]));
}

/** A shortest path from the group's first file back to itself, through files of the group only. */
function circleThrough(graph: Map<string, string[]>, group: string[]): string[] {
  const members = new Set(group);
  const start = group[0];
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const target of graph.get(file) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const between: string[] = [];
        for (let at = file; at !== start; at = cameFrom.get(at)!) between.unshift(at);
        return [start, ...between, start];
      }
      if (!cameFrom.has(target) && target !== start) {
        cameFrom.set(target, file);
        queue.push(target);
      }
    }
  }
  return [...group, start];
}
