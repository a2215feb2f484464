import Foundation
import FuzzDriver

// SwiftPM links an executable's own `main`, so libFuzzer's is not used: this one hands the
// command line (libFuzzer's flags, corpus folders) to libFuzzer's driver.
var arguments = CommandLine.argc
var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &values) { data, size in atlasFuzzOneInput(data, size) })
