import Discussion
import DiscussionGraph

/// The hook through which an analysis outside this module adds fields to every export:
/// per-commenter fields (nodes of each network) and per-edge fields. The conflict module's
/// edge `hostility` and `sign` are meant to come in this way; nothing else changes when they
/// do, since every writer handles any ``ExportColumn``.
///
/// A provider returns, for one network, columns with one value per node
/// (``CommenterNetwork/commenters`` order) and per edge (``CommenterNetwork/edges`` order).
/// A column of the wrong length or whose name is already taken makes the export fail with
/// an ``ExportError`` rather than write a wrong file.
public protocol ExportColumnProvider: Sendable {
  func nodeColumns(for network: CommenterNetwork, corpus: Corpus) -> [ExportColumn]
  func edgeColumns(for network: CommenterNetwork, corpus: Corpus) -> [ExportColumn]
}

extension ExportColumnProvider {
  public func nodeColumns(for network: CommenterNetwork, corpus: Corpus) -> [ExportColumn] { [] }
  public func edgeColumns(for network: CommenterNetwork, corpus: Corpus) -> [ExportColumn] { [] }
}

/// Why an export failed.
public struct ExportError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file concerned, or "" for the bundle as a whole.
  public var file: String
  public var message: String
  public init(file: String = "", message: String) {
    self.file = file
    self.message = message
  }
  public var description: String {
    file.isEmpty ? "error: \(message)" : "\(file): error: \(message)"
  }
}
