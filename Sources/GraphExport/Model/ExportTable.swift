/// A table of the bundle: the unit the CSV, SQLite and data-dictionary writers work on.
public struct ExportTable: Sendable {
  /// A foreign key: `fields` of this table refer to `referencedFields` of `table`.
  public struct ForeignKey: Sendable {
    public var fields: [String]
    public var table: String
    public var referencedFields: [String]
    /// Whether the data dictionary states it too. SQLite skips a composite key with a NULL
    /// part; Frictionless validators do not, so a composite key over an optional field is
    /// left to SQLite.
    public var isInDataPackage = true
  }

  /// The table's name (SQLite table, CSV file `name.csv`, data-package resource).
  public var name: String
  public var description: String
  public var columns: [ExportColumn]
  public var primaryKey: [String]
  public var foreignKeys: [ForeignKey] = []
  /// Columns to index in SQLite (each inner list one index), beyond the primary key.
  public var indexes: [[String]] = []

  public var rowCount: Int { columns.first?.count ?? 0 }

  public func column(_ name: String) -> ExportColumn? { columns.first { $0.name == name } }
}
