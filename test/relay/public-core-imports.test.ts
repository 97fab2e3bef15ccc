// The relay uses only what the package exports: every name functions/ imports from src/ is in the package root.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

// Every name (value or type) the package root exports, as the compiler sees it.
function packageExports(): Set<string> {
  const entry = join(SRC, 'index.ts');
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(entry);
  const symbol = file && checker.getSymbolAtLocation(file);
  if (!symbol) throw new Error('src/index.ts has no module symbol');
  return new Set(checker.getExportsOfModule(symbol).map((s) => s.getName()));
}

// `name ← module` for each import from src/ in a functions/ file.
function coreImports(path: string): { name: string; from: string }[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022);
  const found: { name: string; from: string }[] = [];
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier)) continue;
    const target = resolve(dirname(path), specifier.text);
    if (!target.startsWith(`${SRC}/`)) continue;
    const from = relative(ROOT, target);
    const bindings = ts.isImportDeclaration(statement)
      ? statement.importClause?.namedBindings
      : statement.exportClause;
    if (!bindings || ts.isNamespaceImport(bindings) || ts.isNamespaceExport(bindings)) {
      found.push({ name: '*', from });
      continue;
    }
    for (const element of bindings.elements) {
      found.push({ name: (element.propertyName ?? element.name).text, from });
    }
  }
  return found;
}

describe('the relay and the core', () => {
  const exported = packageExports();
  const imports = sourceFiles(join(ROOT, 'functions')).flatMap((path) =>
    coreImports(path).map((i) => ({ ...i, file: relative(ROOT, path) })),
  );

  it('imports something from the core (the check below is not vacuous)', () => {
    expect(imports.length).toBeGreaterThan(10);
    expect(exported.has('createClient')).toBe(true);
  });

  it('imports from src/ only names the package root exports', () => {
    const internal = imports.filter((i) => !exported.has(i.name));
    expect(internal).toEqual([]);
  });
});
