#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where one JSON value lies in a document, in 8 bytes.
///
/// A scanned document is a flat array of them in document order, each array or object followed
/// by its members' values. An object's keys have no records: `ScannedDocument.keyRecord(ofValue:)`
/// finds each from its value.
struct ValueRecord {
    /// The offset of the value's first byte: `{`, `[`, `"`, `-`, a digit, `t`, `f` or `n`.
    var start: UInt32
    /// For an array or object, the index of the record after its last member; for a string, the
    /// length of its text between the quotes (``lengthMask``) and ``escapedFlag`` and
    /// ``nonASCIIFlag``; for a number, its length; 0 otherwise.
    var info: UInt32

    /// Set on a string that holds a backslash escape.
    static let escapedFlag: UInt32 = 1 << 31
    /// Set on a string that holds a byte of 0x80 or more.
    static let nonASCIIFlag: UInt32 = 1 << 30
    /// The bits of ``info`` that hold a string's length.
    static let lengthMask: UInt32 = (1 << 30) - 1
}

/// The records of a scanned document, in one block of memory that grows with `realloc` (which
/// moves the pages of a large block rather than copying them, so that growing never holds the
/// old and the new block at once).
final class ValueRecords {
    private var base: UnsafeMutablePointer<ValueRecord>
    private var capacity: Int
    /// The number of records.
    private(set) var count = 0

    /// Whether memory ran out: then records were dropped, and the scan refuses the document.
    private(set) var exhausted = false

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        let raw = malloc(self.capacity * MemoryLayout<ValueRecord>.stride)
        exhausted = raw == nil
        base = (raw ?? UnsafeMutableRawPointer.allocate(byteCount: 0, alignment: 8))
            .bindMemory(to: ValueRecord.self, capacity: self.capacity)
        if exhausted { self.capacity = 0 }
    }

    deinit { if capacity > 0 { free(base) } else { base.deallocate() } }

    @inline(__always) func append(_ record: ValueRecord) {
        if count == capacity {
            guard grow() else { return }
        }
        base[count] = record
        count += 1
    }

    /// Makes room for half as many records again; `false` when there is no memory for it.
    private func grow() -> Bool {
        let larger = capacity + capacity / 2
        guard !exhausted, let raw = realloc(base, larger * MemoryLayout<ValueRecord>.stride)
        else {
            exhausted = true
            return false
        }
        base = raw.bindMemory(to: ValueRecord.self, capacity: larger)
        capacity = larger
        return true
    }

    @inline(__always) subscript(index: Int) -> ValueRecord {
        get { base[index] }
        set { if index < count { base[index] = newValue } }
    }

    /// The records, valid while this object lives.
    var buffer: UnsafeBufferPointer<ValueRecord> { UnsafeBufferPointer(start: base, count: count) }
}
