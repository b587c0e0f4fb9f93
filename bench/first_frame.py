#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Explorer start-up and bytes on the wire, through a pseudo-terminal.

Prints, for the real C1 file:
  - time from process start to the first full frame (median of N runs),
    beside VisiData opening the same file when `vd` is installed;
  - bytes written to the terminal for one cursor move (80x24 and 120x40);
  - bytes written for one year change at 120x40.
Targets (issue 3): first frame <= 10 ms median, cursor move <= 200 bytes,
year change <= 6 KB.

Usage: bench/first_frame.py [CINX] [DATA]   (defaults: ./cinx, and the C1
file in $CINX_SHARED_DATA or ../shared/data beside the source tree).
RUNS=N sets the number of runs (default 20).
"""
import fcntl
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time

HERE = os.path.dirname(os.path.abspath(__file__))
C1 = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"


def spawn(argv, cols, rows, env):
    """Starts argv on a new pseudo-terminal of cols x rows."""
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        try:
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    return t0, pid, fd


def read_until(fd, done, timeout=10.0):
    """Reads until done(bytes) holds; returns (bytes, time it held)."""
    buf = b""
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            buf += chunk
            if done(buf):
                return buf, time.perf_counter()
    raise RuntimeError("no full frame within %.0f s; got %d bytes" % (timeout, len(buf)))


def drain(fd, quiet=0.2):
    """Reads until the terminal has been quiet for `quiet` seconds."""
    n = 0
    while True:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            return n
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return n
        if not chunk:
            return n
        n += len(chunk)


def stop(pid, fd, keys=b"q"):
    try:
        os.write(fd, keys)
        for _ in range(50):
            if os.waitpid(pid, os.WNOHANG)[0]:
                break
            drain(fd, 0.02)
        else:
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
    except (OSError, ChildProcessError):
        pass
    os.close(fd)


def cinx_frame(buf):
    # the title's "q quit", then the hints on the last line
    return b"q quit" in buf and b"Enter open" in buf


def first_frame(argv, env, done, runs, cols=120, rows=40, quit_keys=b"q"):
    times = []
    for _ in range(runs):
        t0, pid, fd = spawn(argv, cols, rows, env)
        _, t1 = read_until(fd, done)
        times.append((t1 - t0) * 1000)
        stop(pid, fd, quit_keys)
    return times


def bytes_for(argv, env, cols, rows, keys, moves=5):
    """Bytes written for each of `moves` presses of keys, after the first frame."""
    t0, pid, fd = spawn(argv, cols, rows, env)
    read_until(fd, cinx_frame)
    drain(fd, 0.3)
    counts = []
    for _ in range(moves):
        os.write(fd, keys)
        counts.append(drain(fd, 0.2))
    stop(pid, fd)
    return counts


def main():
    cinx = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "./cinx")
    shared = os.environ.get("CINX_SHARED_DATA") or os.path.join(HERE, "..", "..", "shared", "data")
    data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(shared, C1)
    if not os.access(cinx, os.X_OK):
        print("bench: %s is not an executable cinx; pass the path of a built binary" % cinx)
        return 1
    if not os.path.exists(data):
        print("SKIP: %s is absent" % data)
        return 0
    home = tempfile.mkdtemp(prefix="cinx-bench-")
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8", HOME=home)
    env.pop("NO_COLOR", None)
    argv = [cinx, "--data", data]
    runs = int(os.environ.get("RUNS", "20"))

    t = first_frame(argv, env, cinx_frame, runs)
    print("cinx first full frame, 120x40:   median %6.1f ms  (min %.1f, max %.1f, %d runs; target <= 10 ms)"
          % (statistics.median(t), min(t), max(t), runs))
    # what any run of the binary costs here: fork, exec, dynamic linking
    b = first_frame([cinx, "--version"], env, lambda buf: b"cinx" in buf, runs)
    print("  of which starting the binary:  median %6.1f ms  (cinx --version through the same pty)"
          % statistics.median(b))
    vd = shutil.which("vd")
    if vd:
        vruns = max(3, runs // 4)
        try:
            v = first_frame([vd, data], env, lambda b: b"time_period" in b and b"rereferral" in b, vruns,
                            quit_keys=b"gq")
            print("VisiData first frame with data:  median %6.1f ms  (min %.1f, max %.1f, %d runs)"
                  % (statistics.median(v), min(v), max(v), vruns))
        except RuntimeError as e:
            print("VisiData: not measured (%s)" % e)
    else:
        print("VisiData: not installed (Debian package visidata)")

    for cols, rows in ((80, 24), (120, 40)):
        down = bytes_for(argv, env, cols, rows, b"j")
        print("cursor move (j), %dx%d:          %s bytes  (max %d; target <= 200)"
              % (cols, rows, " ".join(str(c) for c in down), max(down)))
    up = bytes_for(argv, env, 120, 40, b"[")
    print("year change ([), 120x40:         %s bytes  (max %d; target <= 6144)"
          % (" ".join(str(c) for c in up), max(up)))
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
