"""``python -m bench``: run the benchmarks and write bench/results/latest.md and latest.png."""

from __future__ import annotations

import sys

from bench.run import main

sys.exit(main())
