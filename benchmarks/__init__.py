"""Speed and memory benchmarks of salessim-inspect (not part of the package; see README.md here)."""
