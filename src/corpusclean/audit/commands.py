"""`corpusclean report` and `corpusclean show`: the click layer over summary, show and html_report."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from ..model import CATEGORIES
from ..output.runfiles import NotARunError, Run, open_run

_OUT = click.argument("out", default="clean", type=click.Path(exists=True, file_okay=False, path_type=Path))
# As verify's: the pages' sources are recomputed from the input, which may have moved since.
_RAW = click.option("--raw", "raw", type=click.Path(exists=True, file_okay=False, path_type=Path),
                    help="Where the run's input is now (default: the input folder run.json names).")


def _csv(values: tuple[str, ...]) -> frozenset[str]:
    return frozenset(v.strip() for item in values for v in item.split(",") if v.strip())


def _open(out: Path, raw: Path | None = None) -> Run:
    try:
        run = open_run(out)
    except NotARunError as e:
        raise click.UsageError(str(e)) from None
    if raw is not None:
        run.raw = raw
    return run


def _check_html_path(run: Run, path: Path) -> None:
    """Refuse an --html file in the run's input, or in OUT: `report OUT --html RAW/page.html`
    replaced the input's page with the report (a swapped or mistyped argument), a report
    written over OUT/manifest.jsonl or a page's text destroys the run it reports, and a new
    file in OUT stops the next run into it. Elsewhere, an existing file is replaced only when
    it is a report written before.
    The input is where run.json says it is (a moved input is not known and not checked)."""
    target = path.resolve()
    raw = run.raw.resolve() if run.raw.exists() else None
    if raw is not None and (target == raw or raw in target.parents):
        raise click.BadParameter(f"{path} is in the run's input {run.raw}; corpusclean never writes into its "
                                 "input: choose another file", param_hint="--html")
    if run.out.resolve() in target.parents and (target.exists() or target.is_symlink()):
        raise click.BadParameter(f"{path} is a file in the output folder {run.out}; writing the report over it would "
                                 "destroy it: choose another file", param_hint="--html")
    if (target.exists() or target.is_symlink()) and not _a_report(target):
        raise click.BadParameter(f"{path} exists and is no corpusclean report; corpusclean does not replace a file "
                                 "it did not write: remove it or choose another file", param_hint="--html")
    if run.out.resolve() in target.parents:
        # a file corpusclean's run did not write: the next `clean` into OUT would refuse to
        # run over it (run/guard.py), as over any file of the user's
        raise click.BadParameter(f"{path} is inside the output folder {run.out}, which holds only what a run "
                                 "writes (the next clean would refuse it): write the report beside it",
                                 param_hint="--html")


def _a_report(path: Path) -> bool:
    """A report an earlier `report --html` wrote: it names its generator near the top."""
    try:
        with path.open("rb") as f:
            return path.is_file() and _GENERATOR in f.read(2048)
    except OSError:
        return False


_GENERATOR = b'<meta name="generator" content="corpusclean report">'


@click.command()
@_OUT
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON instead of tables.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Also write a self-contained HTML report (every page viewable) to this file.")
@click.option("--top", type=click.IntRange(1), default=20, show_default=True,
              help="Rows in the top pages and top removed texts lists.")
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True,
              help="Processes recomputing page sources for --html.")
@_RAW
def report(out: Path, as_json: bool, html_path: Path | None, top: int, jobs: int, raw: Path | None) -> None:
    """Summarise what the run in OUT (default ./clean) removed: by category, rule, language,
    page and text.

    Exits 1 when the manifest's totals disagree with stats.json.
    """
    from ..output.runfiles import iter_manifest
    from .summary import summarise, tally

    run = _open(out, raw)
    if html_path is not None:
        _check_html_path(run, html_path)
    try:  # the manifest and the kept texts are read from here on: a damaged row or shard is a message
        tallies = tally(iter_manifest(run.out))
        data = summarise(run, top=top, tallies=tallies)
    except NotARunError as e:
        raise click.UsageError(str(e)) from None
    if as_json:
        from .safe import json_text

        click.echo(json_text(data))
    else:
        from rich.console import Console

        from .tables import print_summary

        print_summary(data, Console(highlight=False))
    if html_path is not None:
        from .html_report import write_report

        t0 = time.perf_counter()
        n = write_report(run, html_path, data, tallies, jobs=jobs)
        click.echo(f"wrote {html_path}: {n:,} pages, {html_path.stat().st_size / 1e6:.1f} MB "
                   f"in {time.perf_counter() - t0:.1f} s", err=True)
    sys.exit(0 if data["checks"]["matches_stats"] else 1)


@click.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("page")
@click.option("--category", multiple=True,
              help=f"Mark only removals of these categories (comma-separated: {', '.join(CATEGORIES)}).")
@click.option("--rule", multiple=True, help="Mark only removals by these rules (comma-separated).")
@click.option("--color/--no-color", default=None,
              help="Colours and tags (default when writing to a terminal) or plain [-category/rule: text-] marks.")
@_RAW
def show(out: Path, page: str, category: tuple[str, ...], rule: tuple[str, ...], color: bool | None,
         raw: Path | None) -> None:
    """Show PAGE of the run in OUT (PAGE is its id as in the manifest, a WARC record's URL,
    or the input's own id for it) with every removed segment marked by category and rule."""
    from .show import Filter, UnknownPage, check_filter, load_page, render_plain, render_rich

    cats = _csv(category)
    try:
        check_filter(cats, CATEGORIES, "category")
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--category") from None
    run = _open(out, raw)
    try:
        view = load_page(run, page)
    except (UnknownPage, NotARunError) as e:  # NotARunError: a damaged manifest row
        raise click.UsageError(str(e)) from None
    rules = _csv(rule)
    from ..registry import RULES

    unknown = [r for r in rules if r not in RULES]
    if unknown:
        import difflib

        near = sorted({m for r in unknown for m in difflib.get_close_matches(r, RULES, n=3)})
        raise click.BadParameter(f"{', '.join(unknown)}: not a rule of corpusclean"
                                 + (f" (did you mean {', '.join(near)}?)" if near else "")
                                 + "; the rules are listed in the README and in registry.py", param_hint="--rule")
    flt = Filter(cats, rules)
    if color is None:
        color = sys.stdout.isatty()
    if color:
        from rich.console import Console

        Console(highlight=False, force_terminal=True).print(render_rich(view, flt), soft_wrap=True)
    else:
        click.echo(render_plain(view, flt), nl=False)
