import Foundation
import Synchronization
import Testing

@testable import Content

@Suite struct ParseWatchdogTests {
    /// Files are parsed on every core: a quick parse that starts and ends while a slow one runs
    /// must not take the slow one's deadline away.
    @Test func eachParseUnderWayKeepsItsOwnDeadline() {
        let timedOut = Mutex<[String]>([])
        let watchdog = ParseWatchdog(seconds: 0.3) { path in timedOut.withLock { $0.append(path) } }
        let done = DispatchGroup()
        for (path, start, duration) in [("slow.md", 0, 900_000), ("quick.md", 50_000, 20_000)] {
            done.enter()
            Thread {
                usleep(useconds_t(start))
                watchdog.watch(path) { usleep(useconds_t(duration)) }
                done.leave()
            }.start()
        }
        done.wait()
        #expect(timedOut.withLock { $0 } == ["slow.md"])
    }
}
