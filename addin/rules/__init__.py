"""The rules (SPEC section 5): every check has a stable code (declared in
:mod:`addin.catalogue`), a default severity that the standards may change or switch off,
and a message that says what to fix."""
