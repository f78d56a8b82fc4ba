"""Site invariants as plain checks over manifest-shaped properties, and the CrossGuard policies built on them."""
