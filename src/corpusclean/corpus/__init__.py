"""Corpus stages: what can only be known from many pages at once."""
