"""Corpus: many articles at once, and what they are written to.

``runner`` reads a batch of inputs, skips what the store holds, analyses the rest and hands back
tidy tables with a report that adds up; ``engine`` spreads batches over worker processes,
``cluster`` over a Dask cluster; ``store`` is the on-disk Parquet cache queried with DuckDB, keyed by
content hash and ``cache_key`` (the hash of the code and models that decide results); ``tables``
turns records into the tidy frames and Arrow schemas; ``exports`` holds the one builder of the JSON
document and the one rule for CSV cells. May import every layer below (records, inputs, doc,
extract, pipeline); never the CLI or the dashboard.
"""
