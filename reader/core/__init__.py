"""Pure logic: no Qt, no network, no disk."""
