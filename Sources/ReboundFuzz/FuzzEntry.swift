import Foundation
#if REBOUND_FUZZING
import CFuzzerDriver

/// The target this process fuzzes, from `REBOUND_FUZZ_TARGET` (`scripts/fuzz` sets it).
private let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["REBOUND_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("REBOUND_FUZZ_TARGET: one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return target
}()

/// libFuzzer's entry point: one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    target.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// The main SwiftPM names for this program; whichever linker keeps it (rather than
/// libFuzzer's own main) hands the command line to libFuzzer's driver all the same.
@_cdecl("ReboundFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data!, size) }
}
#else
/// Built without the fuzzer this program only says how to build it with one.
@main
struct ReboundFuzzNotBuilt {
    static func main() {
        FileHandle.standardError.write(Data("rebound-fuzz: build and run it with scripts/fuzz (libFuzzer, AddressSanitizer)\n".utf8))
        exit(2)
    }
}
#endif
