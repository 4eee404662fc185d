import DiscussionGraph

/// The statistics' columns for the exports, described as ``DiscussionGraph/MetricCatalogue``
/// describes them (the data dictionary's meaning and unit of each).
enum MetricDictionary {
  /// The statistics' columns as export columns: counts as integers, other values as numbers
  /// (a non-finite value is missing).
  static func columns(of statistics: CommenterStatistics) -> [ExportColumn] {
    statistics.columns.map { c in
      let metric = MetricCatalogue.descriptor(c.name)
      let values: ExportValues =
        c.isCount
        ? .integers(c.values.map { $0.isFinite ? Int($0) : nil }) : .numbers(c.values)
      return ExportColumn(
        name: c.name, type: c.isCount ? .integer : .number,
        description: metric?.plainDefinition ?? "Commenter metric \(c.name)",
        unit: metric?.unit ?? "1", values: values)
    }
  }
}
