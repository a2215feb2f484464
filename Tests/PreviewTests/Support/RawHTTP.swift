import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An HTTP response as read off the socket.
struct HTTPReply: Sendable {
    var status: Int
    /// Header names lowercased.
    var headers: [String: String]
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }
}

enum RawHTTPError: Error {
    case connect(Int32)
    case timeout
    case malformed(String)
}

/// A deliberately small HTTP/1.1 client over a blocking socket: it sends request lines exactly
/// as given (clients such as URLSession would normalise `..`). Blocking, so call it off the
/// cooperative pool (`offPool`), where the server's handlers run.
final class RawSocket: @unchecked Sendable {
    let descriptor: Int32
    private var pending: [UInt8] = []

    init(port: Int, timeout: Double = 10) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var wait = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(descriptor)
            throw RawHTTPError.connect(errno)
        }
    }

    deinit { close(descriptor) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads more bytes into the buffer; false at end of stream.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count < 0 {
            throw errno == EAGAIN || errno == EWOULDBLOCK ? RawHTTPError.timeout : RawHTTPError.connect(errno)
        }
        pending += chunk[..<count]
        return count > 0
    }

    /// The next `\n`-terminated line without its line ending; nil at end of stream.
    func line() throws -> String? {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return line.hasSuffix("\r") ? String(line.dropLast()) : line
            }
            guard try fill() else { return nil }
        }
    }

    /// Everything until the server closes the connection.
    func rest() throws -> [UInt8] {
        while try fill() {}
        defer { pending = [] }
        return pending
    }

    /// The status line and headers.
    func readHead() throws -> (status: Int, headers: [String: String]) {
        guard let statusLine = try line() else { throw RawHTTPError.malformed("no status line") }
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw RawHTTPError.malformed(statusLine) }
        var headers: [String: String] = [:]
        while let line = try line(), !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return (status, headers)
    }
}

enum RawHTTP {
    /// Sends `target` verbatim in the request line and reads the whole response.
    static func request(_ method: String = "GET", _ target: String, port: Int) throws -> HTTPReply {
        let socket = try RawSocket(port: port)
        socket.send("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        let (status, headers) = try socket.readHead()
        return HTTPReply(status: status, headers: headers, body: try socket.rest())
    }

    static func get(_ target: String, port: Int) async throws -> HTTPReply {
        try await offPool { try request("GET", target, port: port) }
    }
}

/// Runs blocking work on its own thread, so the cooperative pool stays free for the server.
func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
