import Discussion
import FuzzChecks

/// The comment-table reader on JSON: any bytes give threads that keep the readers' promises,
/// or an InputError; never a crash, a hang or a read out of bounds.
@main enum FuzzJSON {
  static func main() {
    Fuzzer.run { data, size in
      ThreadChecks.readTable(Fuzzer.bytes(data, size), format: .json)
      return 0
    }
  }
}
