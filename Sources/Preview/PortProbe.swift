#if canImport(Glibc)
    import Glibc
#endif

/// The error `atlas serve` stops with before building when it cannot listen.
public enum PreviewError: Error, Equatable, CustomStringConvertible {
    case portInUse(Int)

    public var description: String {
        switch self {
        case .portInUse(let port): "port \(port) is in use (pass --port)"
        }
    }
}

/// Tries to bind the address the server will use, so a taken port fails fast with a clear message.
enum PortProbe {
    static func ensureFree(host: String, port: Int) throws(PreviewError) {
        #if canImport(Glibc)
            guard port != 0 else { return }
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard socket >= 0 else { return }
            defer { close(socket) }
            // As the server does: a port left in TIME_WAIT by a previous run is free.
            var yes: Int32 = 1
            setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            inet_pton(AF_INET, host, &address.sin_addr)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            if bound != 0 && errno == EADDRINUSE { throw .portInUse(port) }
        #endif
    }
}
