import Discussion
import FuzzChecks

/// The comment-table reader on CSV: any bytes give threads that keep the readers' promises,
/// or an InputError; never a crash, a hang or a read out of bounds.
@main enum FuzzCSV {
  static func main() {
    Fuzzer.run { data, size in
      ThreadChecks.readTable(Fuzzer.bytes(data, size), format: .csv)
      return 0
    }
  }
}
