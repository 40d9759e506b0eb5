"""Storage: schema and migrations, the database wrapper, repository functions."""
