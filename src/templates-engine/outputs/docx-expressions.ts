// Evaluates the commands in our Word templates without eval or new Function, so no page needs
// 'unsafe-eval' in its Content-Security-Policy. It understands exactly the expressions that
// document/wordml.ts writes, and refuses anything else:
//   v.name   $item1   $row2.amount   $line4.cells[0]     a path of names and list positions
//   has.a && has.b   has.a || has.b                       all or any of several paths
//   [x.a, x.b].filter(Boolean)                            the paths that have a value

const NAME = '[A-Za-z_$][A-Za-z0-9_$]*';
const SEGMENT = `${NAME}(?:\\[\\d+\\])*`;
const PATH = new RegExp(`^${SEGMENT}(?:\\.${SEGMENT})*$`);
const LIST = /^\[([^\]]*)\]\.filter\(Boolean\)$/;

export class UnsupportedExpressionError extends Error {
  constructor(code: string) {
    super(`The Word template uses an expression the document engine does not understand: ${code}`);
  }
}

type Scope = Record<string, unknown>;

function readPath(code: string, scope: Scope): unknown {
  if (!PATH.test(code)) throw new UnsupportedExpressionError(code);
  let value: unknown = scope;
  for (const key of code.split(/\.|\[(\d+)\]/).filter(Boolean)) {
    // Own properties only: a path such as v.constructor must not reach into prototypes.
    value = value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Scope)[key] : undefined;
  }
  return value;
}

export function evaluateExpression(code: string, scope: Scope): unknown {
  const expression = code.trim();
  const list = LIST.exec(expression);
  if (list)
    return list[1]
      .split(',')
      .map((part) => readPath(part.trim(), scope))
      .filter(Boolean);
  const and = expression.includes('&&');
  const or = expression.includes('||');
  if (and && or) throw new UnsupportedExpressionError(expression);
  if (and) return expression.split('&&').every((part) => readPath(part.trim(), scope));
  if (or) return expression.split('||').some((part) => readPath(part.trim(), scope));
  return readPath(expression, scope);
}

interface RunJsArgs {
  sandbox: Scope & { __code__?: string };
}

/** docx-templates' `runJs` hook: runs one command's code against the data and loop variables. */
export function runExpression({ sandbox }: RunJsArgs): { modifiedSandbox: Scope; result: unknown } {
  return { modifiedSandbox: sandbox, result: evaluateExpression(sandbox.__code__ ?? '', sandbox) };
}
