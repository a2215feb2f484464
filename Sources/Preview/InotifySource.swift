#if canImport(Glibc)
    import Glibc

    /// Linux inotify on every folder below the roots; folders created later are watched as they appear.
    final class InotifySource: ChangeSource, @unchecked Sendable {
        private let roots: [WatchedRoot]
        private let descriptor: Int32
        /// Each watch's root: which names in its folder matter.
        private var watched: [Int32: WatchedRoot] = [:]
        private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

        private static let mask: UInt32 = {
            let flags: [Int32] = [
                IN_CLOSE_WRITE, IN_MOVED_TO, IN_MOVED_FROM, IN_CREATE, IN_DELETE, IN_MODIFY, IN_ATTRIB,
                IN_DELETE_SELF, IN_MOVE_SELF,
            ]
            return flags.reduce(0) { $0 | UInt32(bitPattern: $1) }
        }()

        /// Nil when inotify is unavailable (or out of watches): the caller falls back to polling.
        init?(roots: [WatchedRoot]) {
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
            for (folder, root) in FileWatcher.folders(under: roots) {
                let watch = inotify_add_watch(descriptor, folder, Self.mask)
                if watch < 0 && errno == ENOSPC { return false }
                if watch >= 0 { watched[watch] = root }
            }
            return true
        }

        func wait(upTo timeout: Duration) -> Observed {
            var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32((timeout / .milliseconds(1)).rounded(.up))
            guard poll(&entry, 1, max(1, milliseconds)) > 0 else { return .nothing }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return .nothing }
            let (observed, newFolder) = inspect(count)
            if newFolder { watchFolders() }
            return observed
        }

        /// A write closed, a file moved into place, or new permissions or times: the change is
        /// whole. Anything else (created, truncated or written to, removed, moved away) may be
        /// followed by more of the same save.
        private static let finishing: UInt32 = [IN_CLOSE_WRITE, IN_MOVED_TO, IN_ATTRIB].reduce(0) {
            $0 | UInt32(bitPattern: $1)
        }

        /// Walks the events read: what the last one that concerns a file that matters says (see
        /// `Observed`), and whether a folder appeared.
        private func inspect(_ count: Int) -> (observed: Observed, newFolder: Bool) {
            var observed = Observed.nothing
            var newFolder = false
            var offset = 0
            let headerSize = MemoryLayout<inotify_event>.size
            buffer.withUnsafeBytes { bytes in
                while offset + headerSize <= count {
                    let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = bytes[(offset + headerSize)..<min(count, offset + headerSize + length)]
                    let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                    offset += headerSize + length
                    if mask & UInt32(bitPattern: IN_IGNORED) != 0 { continue }
                    if mask & UInt32(bitPattern: IN_Q_OVERFLOW) != 0 || name.isEmpty {
                        observed = .unfinished
                    } else if watched[watch]?.reads(name) ?? FileWatcher.counts(name) {
                        observed = mask & Self.finishing != 0 ? .finished : .unfinished
                    }
                    if mask & UInt32(bitPattern: IN_ISDIR) != 0,
                        mask & (UInt32(bitPattern: IN_CREATE) | UInt32(bitPattern: IN_MOVED_TO)) != 0
                    {
                        newFolder = true
                    }
                }
            }
            return (observed, newFolder)
        }

        func refresh() { watchFolders() }

        func close() { Glibc.close(descriptor) }
    }
#else
    /// inotify is Linux-only; elsewhere the watcher polls.
    final class InotifySource: ChangeSource, @unchecked Sendable {
        init?(roots: [WatchedRoot]) { return nil }
        func wait(upTo timeout: Duration) -> Observed { .nothing }
        func refresh() {}
        func close() {}
    }
#endif
