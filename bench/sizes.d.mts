export interface FileSize {
  file: string;
  gzip: number;
  libs: string[];
}
export interface FileSet {
  files: FileSize[];
  gzip: number;
  libs: string[];
}
export const HEAVY_LIBS: Record<string, string>;
export const LIVE_CHUNKS: string[];
export function pageGraph(
  root: string,
  htmlFile: string,
  livePrefixes?: string[],
): { page: string; static: FileSet; onDemand: FileSet; live: FileSet };
