#if canImport(Glibc)
    import Glibc

    /// Linux inotify on every folder below the roots; folders created later are watched as they appear.
    final class InotifySource: ChangeSource, @unchecked Sendable {
        private let roots: [String]
        private let descriptor: Int32
        private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

        private static let mask: UInt32 = {
            let flags: [Int32] = [
                IN_CLOSE_WRITE, IN_MOVED_TO, IN_MOVED_FROM, IN_CREATE, IN_DELETE, IN_MODIFY, IN_ATTRIB,
                IN_DELETE_SELF, IN_MOVE_SELF,
            ]
            return flags.reduce(0) { $0 | UInt32(bitPattern: $1) }
        }()

        /// Nil when inotify is unavailable (or out of watches): the caller falls back to polling.
        init?(roots: [String]) {
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            self.roots = roots
            self.descriptor = descriptor
            guard watchFolders() else {
                Glibc.close(descriptor)
                return nil
            }
        }

        /// Adds a watch to every folder; re-adding one that is watched already is harmless.
        @discardableResult
        private func watchFolders() -> Bool {
            for folder in FileWatcher.folders(under: roots)
            where inotify_add_watch(descriptor, folder, Self.mask) < 0 && errno == ENOSPC {
                return false
            }
            return true
        }

        func wait(upTo timeout: Duration) -> Bool {
            var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32((timeout / .milliseconds(1)).rounded(.up))
            guard poll(&entry, 1, max(1, milliseconds)) > 0 else { return false }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return false }
            let (counts, newFolder) = inspect(count)
            if newFolder { watchFolders() }
            return counts
        }

        /// Walks the events read: does any concern a file that matters, did a folder appear?
        private func inspect(_ count: Int) -> (counts: Bool, newFolder: Bool) {
            var counts = false
            var newFolder = false
            var offset = 0
            let headerSize = MemoryLayout<inotify_event>.size
            buffer.withUnsafeBytes { bytes in
                while offset + headerSize <= count {
                    let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = bytes[(offset + headerSize)..<min(count, offset + headerSize + length)]
                    let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                    offset += headerSize + length
                    if mask & UInt32(bitPattern: IN_IGNORED) != 0 { continue }
                    if mask & UInt32(bitPattern: IN_Q_OVERFLOW) != 0 || name.isEmpty || FileWatcher.counts(name) {
                        counts = true
                    }
                    if mask & UInt32(bitPattern: IN_ISDIR) != 0,
                        mask & (UInt32(bitPattern: IN_CREATE) | UInt32(bitPattern: IN_MOVED_TO)) != 0
                    {
                        newFolder = true
                    }
                }
            }
            return (counts, newFolder)
        }

        func refresh() { watchFolders() }

        func close() { Glibc.close(descriptor) }
    }
#else
    /// inotify is Linux-only; elsewhere the watcher polls.
    final class InotifySource: ChangeSource, @unchecked Sendable {
        init?(roots: [String]) { return nil }
        func wait(upTo timeout: Duration) -> Bool { false }
        func refresh() {}
        func close() {}
    }
#endif
