"""What crosses the journal's border: imports, exports and their published JSON Schema."""
