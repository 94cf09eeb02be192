// Every way a source file can load another module, read from TypeScript's own syntax tree rather
// than by pattern, so a string, a regular expression or a comment that looks like an import is not
// one, and a load that names its target only at run time cannot hide in an unusual spelling.
import ts from 'typescript';

export interface ModuleReferences {
  /** Targets named in the text: static and re-exports, `import('x')`, `require('x')` and the like. */
  specifiers: string[];
  /** Loads whose target only the running code knows, or that bypass `import` altogether. */
  hidden: string[];
}

/** Identifiers that load code however they are reached: `module.require`, `const r = require`, … */
const LOADERS = new Set(['require', 'createRequire', 'getBuiltinModule', 'dlopen', 'binding']);
/** Turn text into code, which can then load anything. */
const EVALUATORS = new Set(['eval', 'Function']);

function literalText(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return null;
}

/** A name that only labels something (a property key, a declaration), never a use of it. */
function isOnlyAName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    ((ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent)) &&
      parent.name === node) ||
    ts.isTypeReferenceNode(parent) ||
    ts.isQualifiedName(parent)
  );
}

/** The call that `require(…)` or `module.require(…)` makes, if the name is called at once. */
function callOf(node: ts.Identifier): ts.CallExpression | ts.NewExpression | null {
  const callee =
    ts.isPropertyAccessExpression(node.parent) && node.parent.name === node ? node.parent : node;
  const parent = callee.parent;
  return (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === callee
    ? parent
    : null;
}

export function moduleReferences(text: string, fileName = 'file.ts'): ModuleReferences {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const hidden: string[] = [];
  const where = (node: ts.Node) => node.getText(file).replace(/\s+/g, ' ').slice(0, 80);

  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node)) {
      const reference = node.moduleReference;
      if (ts.isExternalModuleReference(reference)) {
        const target = literalText(reference.expression);
        if (target !== null) specifiers.push(target);
        hidden.push(where(node));
      }
    } else if (ts.isImportTypeNode(node)) {
      // `typeof import('x')` in a type: erased, loads nothing, but still a dependency.
      const argument = node.argument;
      if (ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal)) {
        specifiers.push(argument.literal.text);
      }
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const target = literalText(node.arguments[0]);
      if (target === null) hidden.push(where(node));
      else specifiers.push(target);
    } else if (ts.isIdentifier(node) && !isOnlyAName(node)) {
      if (LOADERS.has(node.text) || EVALUATORS.has(node.text)) {
        const call = callOf(node);
        hidden.push(where(call ?? node.parent));
        // `require('x')`, `process.getBuiltinModule('x')`: hidden, and still a named target.
        const target = call ? literalText(call.arguments?.[0]) : null;
        if (target !== null) specifiers.push(target);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return {specifiers, hidden};
}
