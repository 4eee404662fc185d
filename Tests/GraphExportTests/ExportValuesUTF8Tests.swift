import Foundation
import GRDB
import GRDBSQLite
import Testing

@testable import GraphExport

/// The bytes the writers take from ``ExportValues/withUTF8(at:_:)`` are ``ExportValues/text(at:)``'s,
/// for every holding, in every part of a stacked one.
@Suite struct ExportValuesUTF8Tests {
  /// A NUL, a lone continuation byte and a sequence cut short: the text is decoded (U+FFFD),
  /// not handed over as it is.
  static let damaged: [ArraySlice<UInt8>?] = [
    [0x61, 0x00, 0x62][...], [0xD0, 0x9F, 0x80][...], [0x41, 0xE2, 0x80][...],
  ]

  static let holdings: [ExportValues] = [
    .integers([0, -1, 7, nil, Int.max, Int.min, 1_000_000, -42]),
    .numbers([0, -0.0, 1.5, .nan, .infinity, 1e-300, 0.1 + 0.2, -123_456.789]),
    .strings(["", nil, "Пешо", "a,b\"c", "😀"]),
    .utf8([ArraySlice("Иван".utf8), nil, ArraySlice("".utf8)] + damaged),
    .stringsByRow(count: 4) { $0 == 2 ? nil : "ред \($0)" },
    .booleans([true, false, nil]),
  ]

  @Test func bytesAreTheTextOfEveryHolding() {
    let stacked = ExportValues.stacked(
      Self.holdings + [.stacked([.integers([3, nil]), .numbers([2.5])])])
    for values in Self.holdings + [stacked] {
      for row in 0..<values.count {
        let bytes = values.withUTF8(at: row) { Array($0) }
        #expect(bytes == values.text(at: row).map { Array($0.utf8) }, "row \(row) of \(values)")
        #expect(values.hasValue(at: row) == (values.text(at: row) != nil))
      }
    }
  }

  /// SQLite stores the same bytes as the other writers: `text(at:)`'s, damaged UTF-8 repaired
  /// (U+FFFD), missing text as NULL and empty text as ''.
  @Test func sqliteStoresTheTextOfEveryTextHolding() throws {
    let db = try DatabaseQueue()
    for values in Self.holdings[2...4] {
      try db.write { db in
        try db.execute(sql: "CREATE TABLE t (row INTEGER, x TEXT)")
        let statement = try db.makeStatement(sql: "INSERT INTO t VALUES (?, ?)")
        let s = statement.sqliteStatement
        for row in 0..<values.count {
          sqlite3_bind_int64(s, 1, Int64(row))
          SQLiteWriter.bind(values, row: row, to: s, at: 2)
          #expect(sqlite3_step(s) == SQLITE_DONE)
          sqlite3_reset(s)
        }
        let stored = try Row.fetchAll(db, sql: "SELECT row, CAST(x AS BLOB) AS x FROM t")
        #expect(stored.count == values.count)
        for record in stored {
          let row: Int = record["row"]
          let bytes = (record["x"] as Data?).map { [UInt8]($0) }
          #expect(bytes == values.text(at: row).map { Array($0.utf8) }, "row \(row) of \(values)")
        }
        try db.execute(sql: "DROP TABLE t")
      }
    }
  }
}
