"""The decompressed copy of py3langid's model (lang/model_cache.py): the same arrays as the
shipped model, read back without py3langid's loader, and never a reason to fail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import py3langid.modelio
import pytest

from corpusclean.lang import model_cache


def _same(a: Any, b: Any) -> None:
    ptc, pc, classes, nextmove, row, out = a
    assert ptc.dtype == b[0].dtype and np.array_equal(ptc, b[0])
    assert pc.dtype == b[1].dtype and np.array_equal(pc, b[1])
    assert classes == b[2]
    assert nextmove.typecode == b[3].typecode and nextmove == b[3]
    assert row.typecode == b[4].typecode and row == b[4]
    assert out == b[5]


@pytest.fixture(scope="module")
def shipped() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return py3langid.modelio.load_model(Path(MODEL_DIR) / MODEL_FILE)


def _folders(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_the_cached_model_is_the_shipped_model_and_is_read_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shipped: Any) -> None:
    monkeypatch.setenv("CORPUSCLEAN_CACHE_DIR", str(tmp_path / "cache"))
    _same(model_cache.load_model(), shipped)
    (folder,) = _folders(tmp_path / "cache")
    assert folder.startswith("py3langid-") and not folder.endswith(".tmp")

    def no_decompressing(path: Any) -> Any:
        raise AssertionError("the shipped model was decompressed again")

    monkeypatch.setattr(py3langid.modelio, "load_model", no_decompressing)
    _same(model_cache.load_model(), shipped)


def test_a_damaged_cache_is_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shipped: Any) -> None:
    monkeypatch.setenv("CORPUSCLEAN_CACHE_DIR", str(tmp_path))
    model_cache.load_model()
    (folder,) = tmp_path.iterdir()
    nextmove = folder / "nextmove.npy"
    nextmove.write_bytes(nextmove.read_bytes()[:1000])  # a truncated file
    _same(model_cache.load_model(), shipped)
    assert _folders(tmp_path) == [folder.name]
    assert model_cache._read(folder) is not None  # whole again


def test_off_and_unwritable_folders_still_give_the_model(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shipped: Any) -> None:
    monkeypatch.setenv("CORPUSCLEAN_CACHE_DIR", "off")
    assert model_cache.cache_dir() is None
    _same(model_cache.load_model(), shipped)

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CORPUSCLEAN_CACHE_DIR", str(blocker / "cache"))
    _same(model_cache.load_model(), shipped)
    assert blocker.read_text() == "not a folder"


def test_the_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CORPUSCLEAN_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert model_cache.cache_dir() == tmp_path / "corpusclean"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert model_cache.cache_dir() == Path.home() / ".cache" / "corpusclean"
