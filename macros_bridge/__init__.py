"""Ribbon buttons -> macros, the xlwings adapter, and the add-in build/install."""
