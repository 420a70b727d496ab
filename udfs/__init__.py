"""Excel user-defined functions (PMO.*): thin xlwings wrappers over the core."""
