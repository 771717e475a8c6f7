"""Executing a run over a directory: the two passes, resume, and the backends."""
