import Glibc

/// Seconds on a clock that never jumps (not the wall clock).
enum MonotonicClock {
    /// Seconds since an arbitrary fixed moment.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
