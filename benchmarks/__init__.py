"""Companion's benchmarks: figures and ratios against baselines measured in the same run.

Run ``python -m benchmarks [--quick] [--json FILE]`` from the repository with the dev install.
Never part of the test suite.
"""
