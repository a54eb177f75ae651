import { IndentationText, NewLineKind, Project, QuoteKind, type SourceFileStructure } from "ts-morph";

let project: Project | undefined;

/** One in-memory project for the whole run: files are created from structures, printed, then forgotten. */
function sharedProject(): Project {
  project ??= new Project({
    useInMemoryFileSystem: true,
    skipFileDependencyResolution: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
      useTrailingCommas: true,
    },
  });
  return project;
}

/** Prints a structure as TypeScript text (no manipulation API, no type checker). */
export function printStructure(path: string, structure: SourceFileStructure): string {
  const file = sharedProject().createSourceFile(path, structure, { overwrite: true });
  const text = file.getFullText();
  file.forget();
  return text.endsWith("\n") ? text : `${text}\n`;
}
