/// Stable pseudonyms for commenters: `p` and the first 16 hexadecimal digits (64 bits) of
/// HMAC-SHA256(salt, commenter ID). The same person gets the same pseudonym in every file
/// and in every run with the same salt; without the salt a pseudonym cannot be recomputed
/// from a guessed name. Two commenters whose pseudonyms collide (odds about n² / 2⁶⁵) are
/// told apart by the export's ID deduplication.
public struct Pseudonymizer: Sendable {
  private let key: [UInt8]
  public init(salt: String) { key = Array(salt.utf8) }

  public func pseudonym(for id: String) -> String {
    "p" + Digests.hex(Digests.hmacSHA256(key: key, message: Array(id.utf8)).prefix(8))
  }
}
