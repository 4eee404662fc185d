import Discussion
import Foundation
import GRDB
import GRDBSQLite

/// The bundle as one SQLite database (through GRDB): the tables commenters, networks,
/// threads, comments, metrics and edges, with primary keys, foreign keys (enforced while
/// writing) and indexes on the columns joins use. Integers are `INTEGER`, numbers `REAL`,
/// text and times `TEXT`, flags `INTEGER` 0/1; a missing value is `NULL`.
///
/// The database is built under a temporary name beside the destination and renamed into
/// place, so a failure never leaves half a database. For speed (the ~600,000-comment corpus
/// in seconds) rows are bound with SQLite's C API on GRDB's prepared statements, in one
/// transaction without a journal, and indexes are built after the rows. Foreign keys are
/// declared, not enforced while writing (the rows come from one consistent bundle; the
/// export check runs `PRAGMA foreign_key_check` on the result).
///
/// - Complexity: O(R log R) for R rows (index builds).
enum SQLiteWriter {
  /// Tables in creation order: referenced tables first.
  static let tableOrder = [
    "commenters", "networks", "threads", "comments", "metrics", "edges", "coordination_edges",
    "coordination_groups",
  ]

  static func write(_ bundle: ExportBundle, to path: String) throws(ExportError) {
    let temporary = TemporaryFiles.reserve(beside: path)
    do {
      let queue = try DatabaseQueue(path: temporary)
      try queue.writeWithoutTransaction { db in
        try db.execute(
          sql: "PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
            + "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY")
        try db.inTransaction {
          let tables = tableOrder.compactMap { bundle.tables[$0] }
          for table in tables {
            try create(table, in: db)
            try insert(table, in: db)
          }
          for table in tables { try createIndexes(table, in: db) }
          return .commit
        }
      }
      try queue.close()
    } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
      TemporaryFiles.remove(temporary)
      throw ExportError(file: path, message: "cannot write: \(String(cString: strerror(ENOSPC)))")
    } catch {
      TemporaryFiles.remove(temporary)
      throw ExportError(file: path, message: "\(error)")
    }
    if let code = TemporaryFiles.commit(temporary, to: path) {
      throw ExportError(file: path, message: "cannot write: \(String(cString: strerror(code)))")
    }
  }

  static func create(_ table: ExportTable, in db: Database) throws {
    var parts = table.columns.map { c in
      quoted(c.name) + " " + sqlType(c.type)
        + (table.primaryKey.contains(c.name) ? " NOT NULL" : "")
    }
    parts.append("PRIMARY KEY (" + table.primaryKey.map(quoted).joined(separator: ", ") + ")")
    for key in table.foreignKeys {
      parts.append(
        "FOREIGN KEY (" + key.fields.map(quoted).joined(separator: ", ") + ") REFERENCES "
          + quoted(key.table) + " (" + key.referencedFields.map(quoted).joined(separator: ", ")
          + ")")
    }
    try db.execute(
      sql: "CREATE TABLE \(quoted(table.name)) (\n  " + parts.joined(separator: ",\n  ") + "\n)")
  }

  static func createIndexes(_ table: ExportTable, in db: Database) throws {
    for index in table.indexes {
      let name = quoted(table.name + "_" + index.joined(separator: "_"))
      try db.execute(
        sql: "CREATE INDEX \(name) ON \(quoted(table.name)) ("
          + index.map(quoted).joined(separator: ", ") + ")")
    }
  }

  static func insert(_ table: ExportTable, in db: Database) throws {
    let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
    let statement = try db.makeStatement(
      sql: "INSERT INTO \(quoted(table.name)) VALUES (\(placeholders))")
    let s = statement.sqliteStatement
    // The values alone: a row that iterated the columns copied each (name, description…).
    let values = table.columns.map(\.values)
    for r in 0..<table.rowCount {
      for k in values.indices {
        bind(values[k], row: r, to: s, at: Int32(k + 1))
      }
      guard sqlite3_step(s) == SQLITE_DONE else {
        throw ExportError(
          message: "SQLite: \(String(cString: sqlite3_errmsg(db.sqliteConnection)))")
      }
      sqlite3_reset(s)
    }
  }

  @inline(__always)
  static func bind(_ values: ExportValues, row: Int, to s: OpaquePointer, at i: Int32) {
    let (values, r) = values.locate(row)
    switch values {
    case .integers(let v):
      if let x = v[r] { sqlite3_bind_int64(s, i, Int64(x)) } else { sqlite3_bind_null(s, i) }
    case .numbers(let v):
      if v[r].isFinite { sqlite3_bind_double(s, i, v[r]) } else { sqlite3_bind_null(s, i) }
    case .booleans(let v):
      if let x = v[r] { sqlite3_bind_int64(s, i, x ? 1 : 0) } else { sqlite3_bind_null(s, i) }
    case .utf8, .stringsByRow, .strings:
      // The bytes every writer writes: damaged UTF-8 repaired as text(at:) repairs it.
      let bound: Void? = values.withUTF8(at: r) { bindText($0, to: s, at: i) }
      if bound == nil { sqlite3_bind_null(s, i) }
    case .stacked: preconditionFailure("located above")
    }
  }

  /// Binds UTF-8 `bytes` as TEXT; SQLite copies them (SQLITE_TRANSIENT). An empty text is
  /// "", not NULL.
  static func bindText(_ bytes: UnsafeBufferPointer<UInt8>, to s: OpaquePointer, at i: Int32) {
    let empty: StaticString = ""
    let base = bytes.baseAddress ?? empty.utf8Start
    _ = base.withMemoryRebound(to: CChar.self, capacity: max(1, bytes.count)) {
      sqlite3_bind_text(s, i, $0, Int32(bytes.count), sqliteTransient)
    }
  }

  static func sqlType(_ t: ExportFieldType) -> String {
    switch t {
    case .integer, .boolean: "INTEGER"
    case .number: "REAL"
    case .string, .datetime: "TEXT"
    }
  }

  static func quoted(_ name: String) -> String {
    "\"" + name.replacing("\"", with: "\"\"") + "\""
  }
}

/// SQLite's `SQLITE_TRANSIENT` destructor: the library copies the bytes before returning.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
