/// A 64-bit key for a normalized word (FNV-1a over its UTF-8 bytes), so the check can look
/// words up without making strings. Never 0, so 0 can mark an empty slot.
enum WordKey {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 { hash | 1 }

    static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        finish(bytes.reduce(offsetBasis, step))
    }

    static func of(_ word: String) -> UInt64 { of(word.utf8) }
}

/// A read-only map from word keys to small integers: open addressing, linear probing.
/// Faster than `Dictionary` for the hot path of the check, where every word is looked up.
struct KeyTable: Sendable {
    private let keys: [UInt64]
    private let values: [Int32]
    private let shift: UInt64

    init(_ entries: [(key: UInt64, value: Int)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        let shift = UInt64(64 - capacity.trailingZeroBitCount)
        for (key, value) in entries {
            var slot = Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            values[slot] = Int32(value)
        }
        self.keys = keys
        self.values = values
        self.shift = shift
    }

    /// A set of keys: each maps to 0.
    init(keys: [UInt64]) { self.init(keys.map { ($0, 0) }) }

    /// The value for a key, or nil.
    @inline(__always)
    func value(_ key: UInt64) -> Int? {
        let mask = keys.count - 1
        var slot = Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = keys[slot]
            if found == key { return Int(values[slot]) }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { value(key) != nil }
}
