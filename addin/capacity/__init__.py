"""Capacity against demand (SPEC section 14).

The capacity workbook (template ``capacity``: tblCapacity of Person, Role, Team, Month,
Available Days) is built by :mod:`.template`, read by :mod:`.reader` and checked by
:mod:`.checks`; :mod:`.compute` sets every project's tblResources demand against it.
"""
