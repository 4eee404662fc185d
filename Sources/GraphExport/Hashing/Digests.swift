import Crypto

/// The digests an export records, from swift-crypto (BoringSSL's SHA-256, with the processor's
/// SHA instructions where it has them): the inputs' SHA-256 in the provenance, and HMAC-SHA256
/// for pseudonyms (``Pseudonymizer``).
public enum Digests {
  /// Lower-case hexadecimal SHA-256 of `bytes` (FIPS 180-4).
  /// - Complexity: O(n) for n bytes.
  public static func sha256Hex(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

  /// HMAC-SHA256 (RFC 2104) of `message` under `key`.
  public static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
    Array(HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
  }

  /// Lower-case hexadecimal text of bytes.
  public static func hex(_ bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for b in bytes {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
