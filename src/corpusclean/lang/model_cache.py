"""py3langid's model, decompressed once per machine instead of once per process.

py3langid ships its model LZMA-compressed (4.6 MB). Decompressing it takes 0.5-0.7 s on
this class of machine, and every process that identifies a language with py3langid
(``--lang-detector py3langid``; fastText, the default, never loads it) pays it: the CLI at
``--jobs 1``, each pool worker at ``--jobs N``, each Dask worker. The decompressed arrays
(68 MB) are kept in the user's cache folder and load in ~0.1 s.

Measured gain, bench/dev text at ``--jobs 1`` (medians of interleaved whole runs): without it a run takes 1.031x the CPU (709 pages) and 1.068x (200 pages).

* Folder: ``$CORPUSCLEAN_CACHE_DIR``, else ``$XDG_CACHE_HOME/corpusclean``, else
  ``~/.cache/corpusclean``. ``CORPUSCLEAN_CACHE_DIR=off`` keeps nothing on disk.
* The file is named by a hash of the compressed model and of this module's format, so a
  new py3langid release (or model) gets a new file and a stale one is never read.
* It is written to a temporary folder and renamed into place, so a reader never sees half
  of it; processes starting together may each write one, and all but the first drop theirs.
* Anything wrong (a folder that cannot be written, a file that does not load or does not
  fit together) falls back to py3langid's own loader: the model is the same either way,
  only slower to get, and nothing is raised for it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from array import array
from pathlib import Path
from typing import Any

#: Bump when the cached layout changes: older files are then simply not found.
FORMAT = "1"
#: py3langid's stdlib-array type codes by item size (its modelio._TYPECODE).
_TYPECODE = {2: "H", 4: "I", 8: "L"}

Model = tuple[Any, Any, list[str], array, array, list[int]]


def cache_dir() -> Path | None:
    """Where the decompressed model is kept; None when caching is off."""
    env = os.environ.get("CORPUSCLEAN_CACHE_DIR")
    if env is not None:
        return None if env.strip().lower() in ("off", "") else Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no HOME and no password entry (some containers)
            return None
    return Path(base) / "corpusclean"


def load_model() -> Model:
    """py3langid's model as ``py3langid.modelio.load_model`` returns it:
    (ptc, pc, classes, nextmove, nextmove_row, out_feat), from the cache when it can."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model as load_compressed

    source = Path(MODEL_DIR) / MODEL_FILE
    folder = cache_dir()
    if folder is None:
        return load_compressed(source)
    try:
        path = folder / f"py3langid-{_digest(source)}"
    except OSError:
        return load_compressed(source)
    model = _read(path)
    if model is None:
        model = load_compressed(source)
        if path.exists():  # damaged (a rename keeps it whole, so by hand or by the disk): replace it
            shutil.rmtree(path, ignore_errors=True)
        _write(path, model)
    return model


def _digest(source: Path) -> str:
    h = hashlib.blake2b(source.read_bytes(), digest_size=12)
    h.update(FORMAT.encode())
    return h.hexdigest()


# One .npy file per array, in the order of Model: plain .npy files load with one read each
# (an .npz is a zip: reading it checks a CRC over all 68 MB, 3-10x slower).
_NAMES = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def _read(path: Path) -> Model | None:
    import numpy as np

    try:
        ptc, pc, classes, nextmove, row, out = (np.load(path / f"{name}.npy", allow_pickle=False)
                                                for name in _NAMES)
        model = (ptc, pc, classes.tolist(), _to_array(nextmove), _to_array(row), out.tolist())
    except Exception:  # missing, truncated, not .npy, an odd dtype: load the shipped model
        return None
    fits = (ptc.ndim == 2 and ptc.shape[1] == len(pc) == len(classes)
            and len(row) == len(out) and len(nextmove) % 256 == 0)
    return model if fits else None


def _write(path: Path, model: Model) -> None:
    """Write the arrays into a fresh temporary folder, then rename it to ``path``: the
    folder appears whole or not at all (a process that loses the race drops its copy)."""
    import numpy as np

    ptc, pc, classes, nextmove, row, out = model
    arrays = (ptc, pc, np.array(classes), _to_numpy(nextmove), _to_numpy(row),
              np.asarray(out, dtype=np.int32))
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f"{path.name}.", suffix=".tmp", dir=path.parent))
        for name, values in zip(_NAMES, arrays, strict=True):
            np.save(tmp / f"{name}.npy", values, allow_pickle=False)
        os.rename(tmp, path)
        tmp = None
    except OSError:  # read-only home, full disk, another process was first: use the model as loaded
        pass
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def _to_numpy(values: array) -> Any:
    import numpy as np

    return np.frombuffer(values, dtype=np.dtype(f"u{values.itemsize}"))


def _to_array(values: Any) -> array:
    """A stdlib array (py3langid walks its DFA over these), without an intermediate copy."""
    if values.dtype.kind != "u":
        raise ValueError(f"expected unsigned integers, got {values.dtype}")
    out = array(_TYPECODE[values.dtype.itemsize])
    out.frombytes(memoryview(values).cast("B"))
    return out
