"""The run's state folder (OUT/.corpusclean) and the leftovers of a killed run."""

from __future__ import annotations

import os
from pathlib import Path

from ..output.paths import STATE

#: Prefix of the temporary files that atomic writes rename into place (output/atomic.py).
TEMP_PREFIX = ".tmp-"


def state_dir(out: Path) -> Path:
    return out / STATE


def clean_stale_temps(out: Path) -> int:
    """Remove temporary files a killed run left under OUT; returns how many.

    A run killed between writing a temporary file and renaming it leaves `.tmp-*` behind.
    Nothing reads them and no final name points at them, but they would fill the output
    tree (and a later copy of it), so each run starts by deleting them.
    """
    removed = 0
    if not out.is_dir():
        return 0
    for dirpath, _dirnames, filenames in os.walk(out):
        for name in filenames:
            if name.startswith(TEMP_PREFIX):
                try:
                    os.unlink(os.path.join(dirpath, name))
                    removed += 1
                except OSError:
                    pass
    return removed
