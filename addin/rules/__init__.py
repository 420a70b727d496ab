"""The rule catalogue (SPEC section 5): every check has a stable code, a default severity
that the standards may change or switch off, and a message that says what to fix."""
