import Dispatch

/// Frees what a rebuild no longer needs on another thread, once the caller lets go of it: at
/// 100x, the last render's catalog and standings took milliseconds to free on the way to a reload.
enum FreeLater {
    static func drop<Value: Sendable>(_ value: Value) {
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
    }
}
