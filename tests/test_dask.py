"""The Dask backend: the same bytes as the local backend, on a LocalCluster of 2 processes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpusclean.cli import main
from corpusclean.config import Config
from corpusclean.run.local import run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import sitegen  # noqa: E402

try:  # tests/ is a package (tests/__init__.py) or a plain folder on sys.path
    from tests.conftest import FORK
    from tests.test_determinism import make_corpus, tree
except ImportError:
    from conftest import FORK  # type: ignore[no-redef]
    from test_determinism import make_corpus, tree  # type: ignore[no-redef]


def test_dask_gives_the_local_bytes(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    from corpusclean.run import dask_backend
    from corpusclean.run.dask_backend import run_dask

    raw = make_corpus(tmp_path)
    cfg = Config(formats=("txt", "jsonl"))
    run(raw, tmp_path / "local", cfg, jobs=1)
    # small tasks and many buckets, so the reduction really is a tree over several parts
    mp = pytest.MonkeyPatch()
    mp.setattr(dask_backend, "PREPARE_CHUNK", 3)
    mp.setattr(dask_backend, "FAN_IN", 2)
    try:
        with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                      dashboard_address=None) as cluster:
            stats = run_dask(raw, tmp_path / "dask", cfg, scheduler=cluster.scheduler_address)
    finally:
        mp.undo()
    assert stats["pages"] == len(list(p for p in raw.rglob("*") if p.is_file()))
    local_tree, dask_tree = tree(tmp_path / "local"), tree(tmp_path / "dask")
    assert sorted(local_tree) == sorted(dask_tree)
    for name, data in local_tree.items():
        assert dask_tree[name] == data, name
    assert "site_repeated" in local_tree["manifest.jsonl"].decode()


def test_the_local_cluster_it_starts_has_tuned_collectors() -> None:
    """Without --scheduler the backend starts its own workers and tunes their collectors as
    the local backend's workers are (run/collector.py)."""
    pytest.importorskip("dask.distributed")
    import gc

    from corpusclean.run import collector
    from corpusclean.run.dask_backend import _client

    client, cluster = _client(None, 1)
    try:
        thresholds = client.run(gc.get_threshold)
        frozen = client.run(gc.get_freeze_count)
    finally:
        client.close()
        cluster.close()
    assert [t[0] for t in thresholds.values()] == [collector.YOUNG_THRESHOLD]
    assert all(n > 0 for n in frozen.values())


def test_dask_missing_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = tmp_path / "raw"
    sitegen.generate(raw, sites=1, pages=2)
    for name in ("dask", "dask.distributed", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # import fails as if not installed
    res = CliRunner().invoke(main, ["clean", str(raw), str(tmp_path / "out"), "--backend", "dask", "-q"])
    assert res.exit_code == 2, res.output
    assert "pip install 'corpusclean[dask]'" in res.output
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(not FORK, reason="the local reference plants its crash by monkeypatching forked workers")
def test_dask_turns_a_page_that_kills_its_worker_into_an_error_row(tmp_path: Path) -> None:
    """One page kills its worker in pass one, another in pass two, every time (planted by a
    worker plugin). Dask gives up on their tasks (KilledWorker); the backend runs them again
    page by page: two worker_died rows, and the same bytes as the local backend given the
    same crashes."""
    distributed = pytest.importorskip("dask.distributed")
    import dask

    from corpusclean.run import tasks
    from corpusclean.run.dask_backend import run_dask

    raw = make_corpus(tmp_path)
    pages = sorted(p.relative_to(raw).as_posix() for p in raw.rglob("*") if p.is_file())
    boom, bang = pages[1], pages[-2]

    def plant(prepare_id: str, decide_id: str) -> None:
        """Make preparing one page and deciding another kill the process (in a worker)."""
        import os

        from corpusclean.run import tasks as t

        real_prepare, real_decide = t.prepare, t.decide

        def prepare(data, page_id, *a, **k):  # type: ignore[no-untyped-def]
            if page_id == prepare_id:
                os._exit(1)
            return real_prepare(data, page_id, *a, **k)

        def decide(page, *a, **k):  # type: ignore[no-untyped-def]
            if page.id == decide_id:
                os._exit(1)
            return real_decide(page, *a, **k)

        t.prepare, t.decide = prepare, decide

    class Plant(distributed.WorkerPlugin):  # type: ignore[misc]
        def setup(self, worker) -> None:  # type: ignore[no-untyped-def]
            plant(boom, bang)

    cfg = Config()
    real_prepare, real_decide = tasks.prepare, tasks.decide
    plant(boom, bang)  # in this process: the local pool's forked workers inherit it
    try:
        run(raw, tmp_path / "local", cfg, jobs=2)
    finally:
        tasks.prepare, tasks.decide = real_prepare, real_decide
    with (dask.config.set({"distributed.scheduler.allowed-failures": 0}),
          distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                   dashboard_address=None) as cluster,
          distributed.Client(cluster) as client):
        client.register_plugin(Plant())
        stats = run_dask(raw, tmp_path / "dask", cfg, scheduler=cluster.scheduler_address)
    assert stats["pages_error"] == 3  # the two planted crashes, and the corpus's broken.txt
    local_tree, dask_tree = tree(tmp_path / "local"), tree(tmp_path / "dask")
    assert local_tree == dask_tree
    manifest = dask_tree["manifest.jsonl"].decode()
    assert manifest.count('"worker_died"') == 2
    assert f'"page": "{boom}"' in manifest and f'"page": "{bang}"' in manifest


def test_dask_prepares_a_big_archive_in_parts_with_the_local_bytes(tmp_path: Path) -> None:
    """On Dask too, a big archive or document file is read in one part per worker (run/tasks.py),
    and the outputs are those of one local worker."""
    distributed = pytest.importorskip("dask.distributed")
    from corpusclean.run import tasks
    from corpusclean.run.dask_backend import run_dask

    try:
        from tests.test_warc import _archive_corpus
    except ImportError:
        from test_warc import _archive_corpus  # type: ignore[no-redef]

    raw = tmp_path / "raw"
    _archive_corpus(raw)
    cfg = Config()
    run(raw, tmp_path / "local", cfg, jobs=1)
    mp = pytest.MonkeyPatch()
    mp.setattr(tasks, "SPLIT_BYTES", 1)
    try:
        with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                      dashboard_address=None) as cluster:
            run_dask(raw, tmp_path / "dask", cfg, scheduler=cluster.scheduler_address)
    finally:
        mp.undo()
    assert len(list((tmp_path / "dask" / ".corpusclean" / "sources").glob("*/*.bin"))) == 6
    assert tree(tmp_path / "local") == tree(tmp_path / "dask")
