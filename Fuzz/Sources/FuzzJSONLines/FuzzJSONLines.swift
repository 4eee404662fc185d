import Discussion
import FuzzChecks

/// The comment-table reader on JSONLines: any bytes give threads that keep the readers' promises,
/// or an InputError; never a crash, a hang or a read out of bounds.
@main enum FuzzJSONLines {
  static func main() {
    Fuzzer.run { data, size in
      ThreadChecks.readTable(Fuzzer.bytes(data, size), format: .jsonLines)
      return 0
    }
  }
}
