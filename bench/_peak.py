"""Run one command and print its wall time and peak resident memory as JSON.

Peak memory is the largest resident set of the command or any process it
waited for (its worker processes included), as the kernel reports it.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def main() -> None:
    """``python bench/_peak.py CMD...``: run CMD, print {"seconds", "peak_mb", "exit"}."""
    start = time.perf_counter()
    done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024, "exit": done.returncode}))


if __name__ == "__main__":
    main()
