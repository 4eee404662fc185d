import Foundation

/// Locates files under `Tests/Fixtures/`.
enum Fixtures {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

  static func bytes(_ relativePath: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: url(relativePath)))
  }

  static let sampleThread = "threads/fakti-belarus-eu-2025-10-17.txt"
}
