"""Splitting source text into blocks: paragraphs, headings, list items, lines."""

from .blocks import segment

__all__ = ["segment"]
