/// A column's values with the bytes a writer puts before each one (GraphML's
/// `<data key="…">`, GEXF's `<attvalue for="k" value="`, node-link JSON's `, "name": `),
/// built once a column. The writers that go through every row hold these rather than the
/// ``ExportColumn``s, which each row copied (name, description and unit too: a tenth of
/// export's CPU went to retaining and releasing them).
struct PrefixedValues {
  let prefix: [UInt8]
  let values: ExportValues
  /// Written without quotes in JSON (``ExportColumn/isBare``).
  let isBare: Bool

  init(_ column: ExportColumn, prefix: [UInt8]) {
    self.prefix = prefix
    values = column.values
    isBare = column.isBare
  }
}
