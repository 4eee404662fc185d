/// Exports of the commenter networks for external tools (GraphML, GEXF, CSV, JSON node-link,
/// SQLite, data dictionary). See the files beside this one.
public enum GraphExport {}
