import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Reads the code base for every problem `code` and every field message it can answer, so that the
 * catalogues are checked against what the code says, not against a list kept by hand.
 */
const ROOT = join(__dirname, '../../../../..');
const SOURCE_DIRECTORIES = ['apps', 'libs'];
const DOMAIN_ERROR_KINDS = new Set(['invalid', 'forbidden', 'not-found', 'conflict']);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(spec|test|testing|d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The strings an expression can be: a literal, either branch of a condition. */
function stringsOf(expression: ts.Expression | undefined): string[] {
  if (!expression) return [];
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression.text];
  if (ts.isParenthesizedExpression(expression)) return stringsOf(expression.expression);
  if (ts.isConditionalExpression(expression)) return [...stringsOf(expression.whenTrue), ...stringsOf(expression.whenFalse)];
  return [];
}

const calleeName = (node: ts.CallExpression | ts.NewExpression): string =>
  node.expression.kind === ts.SyntaxKind.SuperKeyword ? 'super' : ts.isIdentifier(node.expression) ? node.expression.text : '';

export interface CodeBaseWording {
  /** Every problem code, with the file that produces it. */
  codes: Map<string, string>;
  /** Every field message template (English), with the file that words it. */
  fieldMessages: Map<string, string>;
  /** Field messages built by interpolation, which no catalogue can translate: `file: text`. */
  interpolatedFieldMessages: string[];
}

/** Scans the source of apps/ and libs/. */
export function readCodeBaseWording(): CodeBaseWording {
  const codes = new Map<string, string>();
  const fieldMessages = new Map<string, string>();
  const interpolatedFieldMessages: string[] = [];
  for (const file of SOURCE_DIRECTORIES.flatMap((directory) => sourceFiles(join(ROOT, directory)))) {
    const where = relative(ROOT, file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const code = (expression: ts.Expression | undefined) => stringsOf(expression).forEach((value) => codes.set(value, where));
    const message = (expression: ts.Expression | undefined) => {
      if (expression && ts.isTemplateExpression(expression)) interpolatedFieldMessages.push(`${where}: ${expression.getText()}`);
      stringsOf(expression).forEach((value) => fieldMessages.set(value, where));
    };
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const [first, second, third] = node.arguments ?? [];
        const name = calleeName(node);
        // problem(status, code, ...): the HTTP layer's problems.
        if (name === 'problem') code(second);
        // super(kind, code, ...) and new DomainError(kind, code, ...): the domain's refusals.
        if ((name === 'super' || name === 'DomainError') && stringsOf(first).some((kind) => DOMAIN_ERROR_KINDS.has(kind))) code(second);
        // new InvalidValue(field, message, code?): a refused value, with its field message.
        if (name === 'InvalidValue') {
          code(third);
          message(second);
        }
        if (name === 'fieldError') message(second);
      }
      // A parameter or a variable named `code` with a literal value: a default code, or one chosen by a condition.
      if ((ts.isParameter(node) || ts.isVariableDeclaration(node)) && ts.isIdentifier(node.name) && node.name.text === 'code') code(node.initializer);
      // const SOMETHING_CODES = { 404: 'route-not-found', ... }: codes looked up by status.
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && /_CODES$/.test(node.name.text) && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
        node.initializer.properties.forEach((property) => ts.isPropertyAssignment(property) && code(property.initializer));
      }
      // { field, message: '...' }: a field error written out.
      if (ts.isObjectLiteralExpression(node)) {
        const members = new Map(node.properties.filter(ts.isPropertyAssignment).map((property) => [property.name.getText(), property.initializer]));
        if (members.has('field') && members.has('message')) message(members.get('message'));
      }
      // '$property must be ...': a message of a DTO rule, said of the field it names.
      if (ts.isStringLiteral(node) && node.text.startsWith('$property ')) fieldMessages.set(node.text.slice('$property '.length), where);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { codes, fieldMessages, interpolatedFieldMessages };
}
