"""Writing results: clean text, manifest, repairs, stats and corpus formats, all atomically."""
