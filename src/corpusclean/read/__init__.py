"""Reading pages: finding them in a tree, decompressing, decoding and repairing their text."""
