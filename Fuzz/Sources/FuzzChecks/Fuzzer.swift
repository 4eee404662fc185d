import CFuzzer

#if canImport(Glibc)
  import Glibc
#endif

/// Runs libFuzzer on one target.
///
/// Each fuzz program has its own `main` that calls this (SwiftPM names an executable's entry
/// point after its module, so libFuzzer's own `main` cannot be used); the command line is
/// libFuzzer's (`-max_total_time=600 corpus/ seeds/`, see `make fuzz`).
public enum Fuzzer {
  public typealias Target = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  public static func run(_ target: Target) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, target))
  }

  /// The input as an array (an empty one for libFuzzer's empty input, whose pointer may be
  /// anything).
  public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
  }
}
