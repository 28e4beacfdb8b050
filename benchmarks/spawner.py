"""Runs commands for the benchmark and reports wall time and peak memory of each.

Started first, while the benchmark process is still small: on Linux a child's peak RSS includes
the memory of the process it was forked from, so forking the measured apps from the big
benchmark process would report its size instead of theirs. One JSON request per line in,
one JSON reply per line out.
"""

import json
import os
import subprocess
import sys
import time


def main() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        start = time.perf_counter()
        proc = subprocess.Popen(
            request["argv"],
            env=request["env"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        reply = {"wall": wall, "maxrss_kib": usage.ru_maxrss, "code": proc.returncode}
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    main()
