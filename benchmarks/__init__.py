"""Benchmarks: each area compares against an anchor measured in the same run."""
