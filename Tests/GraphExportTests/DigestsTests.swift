import Testing

@testable import GraphExport

/// The digests as the export records them: FIPS 180-4 examples (NIST CSRC "Examples with
/// intermediate values") and RFC 4231 HMAC test cases, digests copied from those documents.
@Suite struct DigestsTests {
  func hex(_ text: String) -> String { Digests.sha256Hex(Array(text.utf8)) }

  @Test func fipsVectors() {
    #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      Digests.sha256Hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func hmacRFC4231() {
    func mac(_ key: [UInt8], _ data: String) -> String {
      Digests.hex(Digests.hmacSHA256(key: key, message: Array(data.utf8)))
    }
    #expect(
      mac([UInt8](repeating: 0x0b, count: 20), "Hi There")
        == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    #expect(
      mac(Array("Jefe".utf8), "what do ya want for nothing?")
        == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    #expect(
      mac(
        [UInt8](repeating: 0xaa, count: 131),
        "Test Using Larger Than Block-Size Key - Hash Key First")
        == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
  }

  @Test func pseudonymsAreStableAndSalted() {
    let a = Pseudonymizer(salt: "one")
    #expect(a.pseudonym(for: "Ана") == Pseudonymizer(salt: "one").pseudonym(for: "Ана"))
    #expect(a.pseudonym(for: "Ана") != Pseudonymizer(salt: "two").pseudonym(for: "Ана"))
    #expect(a.pseudonym(for: "Ана") != a.pseudonym(for: "Боби"))
    // "p" and the first 8 bytes of HMAC-SHA256("one", "Ана"), checked with Python's hmac.
    #expect(a.pseudonym(for: "Ана") == "p9073ec575306b873")
  }
}
