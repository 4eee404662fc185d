/// Derives thread identifiers from paths.
public enum InputNaming {
  /// The file name without directory, compression suffix and the input format's extension:
  /// `threads/fakti-belarus.txt.gz` → `fakti-belarus`, `a.b.jsonl` → `a.b`; `-` → `stdin`.
  public static func threadID(forPath path: String) -> String {
    if path == InputSource.standardInput { return "stdin" }
    var name = String(path.split(separator: "/", omittingEmptySubsequences: true).last ?? "")
    for ext in [
      ".gz", ".gzip", ".zst", ".zstd", ".txt", ".text", ".jsonl", ".ndjson", ".json", ".csv",
      ".tsv",
    ]
    where name.lowercased().hasSuffix(ext) && name.count > ext.count {
      name.removeLast(ext.count)
    }
    return name.isEmpty ? path : name
  }
}
