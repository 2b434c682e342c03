"""Benchmarks for Learning Journal: ``python -m bench`` (or ``make bench``).

See bench/README.md for the protocol every ``bench_*.py`` module follows.
"""
