import Foundation
import GraphRendering

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Small graphs shared by the Graphviz tests.
enum SampleGraphs {
  /// Commenter names from the fakti.bg sample thread, and one edge label.
  static let cyrillicLabels = ["Ганя Путинофила", "АНДРЕЙ ПЕШЕВ", "Небесен Йерусалим", "отговор"]

  static let cyrillic = """
    digraph replies {
      node [shape=box, fontname="DejaVu Sans"];
      edge [fontname="DejaVu Sans"];
      "Ганя Путинофила" -> "АНДРЕЙ ПЕШЕВ";
      "Небесен Йерусалим" -> "Ганя Путинофила";
      "АНДРЕЙ ПЕШЕВ" -> "Небесен Йерусалим" [label="отговор"];
    }
    """

  /// A small undirected graph with a cycle, a chord and a pendant node.
  static let small = """
    graph small {
      a -- b; b -- c; c -- d; d -- a; a -- c; d -- e;
    }
    """
}

/// Serialises `capturingStandardStreams`: file descriptors 1 and 2 belong to the process.
private let captureLock = NSLock()

/// Runs `body` with the process's stdout and stderr sent to a file; returns what was written.
///
/// Captures run one at a time. Output of the test runner that falls in the window is captured
/// too, so check the result for Graphviz's words (`printedByGraphviz`), and it is written back
/// to stderr afterwards so that it is not lost.
func capturingStandardStreams<T>(_ body: () throws -> T) rethrows -> (T, String) {
  captureLock.lock()
  defer { captureLock.unlock() }
  let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("replynet-capture-\(UUID().uuidString)").path
  _ = FileManager.default.createFile(atPath: path, contents: nil)
  defer { try? FileManager.default.removeItem(atPath: path) }
  let sink = open(path, O_WRONLY)
  let savedOut = dup(STDOUT_FILENO)
  let savedErr = dup(STDERR_FILENO)
  fflush(nil)
  dup2(sink, STDOUT_FILENO)
  dup2(sink, STDERR_FILENO)
  close(sink)
  let restore = {
    fflush(nil)
    dup2(savedOut, STDOUT_FILENO)
    dup2(savedErr, STDERR_FILENO)
    close(savedOut)
    close(savedErr)
  }
  let result: T
  do {
    result = try body()
  } catch {
    restore()
    throw error
  }
  restore()
  let captured = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  if !captured.isEmpty { FileHandle.standardError.write(Data(captured.utf8)) }
  return (result, captured)
}

/// Whether `captured` holds a line that Graphviz's default reporter prints (cgraph's agerr
/// writes "Error: …" or "Warning: …" to stderr), or holds `message`, Graphviz's own words.
func printedByGraphviz(_ captured: String, message: String? = nil) -> Bool {
  let lines = captured.split(whereSeparator: \.isNewline)
  if lines.contains(where: { $0.hasPrefix("Error:") || $0.hasPrefix("Warning:") }) {
    return true
  }
  guard let message, !message.isEmpty else { return false }
  return captured.contains(message)
}
