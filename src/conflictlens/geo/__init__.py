"""Places: a gazetteer built from packaged GeoNames data, and lookups on it."""
