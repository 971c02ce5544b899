"""Speed measurements for the district lookup, each beside a baseline from the same run.

Run with `python -m benchmarks` (or `make bench`). Machines are shared and noisy, so
every number is a median over several rounds, and every number is also given as a
ratio to a baseline measured in the same run, interleaved with it round by round:
the ratio survives a slow machine better than the raw time does. Nothing here
asserts or fails on speed; it prints a table and, with `--json FILE`, writes one.
"""
