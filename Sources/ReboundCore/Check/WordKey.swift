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

/// Text from UTF-16 code units. Written by hand: `String(decoding:as: UTF16.self)` on an
/// array slice takes a generic path that costs hundreds of instructions per code unit.
enum UTF16Text {
    static func string(_ units: ArraySlice<UInt16>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count)
        var index = units.startIndex
        while index < units.endIndex {
            var value = UInt32(units[index])
            index += 1
            if value < 0x80 {
                bytes.append(UInt8(value))
                continue
            }
            if (0xD800..<0xDC00).contains(value), index < units.endIndex, (0xDC00..<0xE000).contains(UInt32(units[index])) {
                value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                index += 1
            } else if (0xD800..<0xE000).contains(value) {
                value = 0xFFFD  // a lone surrogate
            }
            if value < 0x800 {
                bytes += [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)]
            } else if value < 0x10000 {
                bytes += [UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)]
            } else {
                bytes += [UInt8(0xF0 | value >> 18), UInt8(0x80 | value >> 12 & 0x3F), UInt8(0x80 | value >> 6 & 0x3F),
                          UInt8(0x80 | value & 0x3F)]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
