"""Per-document extraction: one module per field, composed in `pipeline`."""
