"""Benchmarks: scripts that measure eventwire on real corpora (see bench/README.md)."""
