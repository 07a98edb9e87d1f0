// Shared command-line helpers for the examples (being written).
