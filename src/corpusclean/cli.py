"""The command line: a thin click layer over the library.

Exit codes: 0 every page cleaned (or verified); 1 some pages failed (error rows written), no
page was found, or verification failed; 2 usage error (bad option, missing folder); 130 interrupted.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from .config import COMMENT_MODES, TITLE_MODES, Config, ConfigError
from .lang.backends import DETECTORS
from .model import CATEGORIES


def _csv(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


def parse_fields(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """--field ROLE=NAME values; an unknown role or an empty name is a usage error."""
    from .read.readers.documents import DEFAULT_FIELDS

    out = []
    for v in values:
        role, _, name = v.partition("=")
        if role.strip() not in DEFAULT_FIELDS or not name.strip():
            raise click.BadParameter(f"{v!r}: write ROLE=NAME with ROLE one of {', '.join(DEFAULT_FIELDS)}",
                                     param_hint="--field")
        out.append((role.strip(), name.strip()))
    return tuple(out)


def build_config(lang: tuple[str, ...], keep: tuple[str, ...], comments: str, lang_detector: str,
                 fmt: tuple[str, ...], attributes: bool, rules: Path | None, site_min_pages: int,
                 site_min_share: float, max_bytes: int, max_seconds: float,
                 include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()) -> Config:
    phrases: tuple[tuple[str, str], ...] = ()
    overrides = ()
    if rules is not None:
        from .rules_file import RulesFileError, load_rules

        try:
            phrases, overrides = load_rules(rules)
        except RulesFileError as e:
            raise click.BadParameter(str(e), param_hint="--rules") from None
    try:  # Config checks every option, for the API as for the CLI; the message names the option
        return Config(langs=_csv(lang), keep=frozenset(_csv(keep)), comments=comments, lang_detector=lang_detector,
                      formats=_csv(fmt) or ("txt",), attributes=attributes, phrases=phrases, overrides=overrides,
                      site_min_pages=site_min_pages, site_min_share=site_min_share,
                      max_bytes=max_bytes, max_seconds=max_seconds, include=include, exclude=exclude)
    except ConfigError as e:
        raise click.BadParameter(str(e), param_hint=_OPTION.get(e.field, "--" + e.field.replace("_", "-"))) from None


#: Config's field names that the CLI spells otherwise.
_OPTION = {"langs": "--lang", "formats": "--format"}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="corpusclean")
def main() -> None:
    """Scraped web pages in, clean article text out, with a manifest of every removal."""


@main.command()
@click.argument("raw", default="raw", type=click.Path(path_type=Path, allow_dash=True))
@click.argument("out", required=False, type=click.Path(path_type=Path, allow_dash=True))
@click.option("--jobs", "-j", type=click.IntRange(0), default=0, show_default="all cores",
              help="Worker processes.")
@click.option("--lang", multiple=True,
              help="Target language (ISO 639-1, e.g. en, de, ur), repeatable; 'any' keeps all languages, "
                   "'auto' takes each page's own main language. [default: en]")
@click.option("--keep", multiple=True, help=f"Categories never removed, comma-separated: {', '.join(CATEGORIES)}.")
@click.option("--comments", type=click.Choice(COMMENT_MODES), default="drop", show_default=True,
              help="Drop comment threads, keep them in the text, or write them to <page>.comments.txt.")
@click.option("--title", type=click.Choice(TITLE_MODES), default="drop", show_default=True,
              help="The article's headline: drop it from the text (it is the page's title in the metadata) "
                   "or keep it as the text's first line.")
@click.option("--lang-detector", type=click.Choice(list(DETECTORS)), default="fasttext", show_default=True,
              help="Language identification model: fastText's lid.176, py3langid, or langdetect (seeded).")
@click.option("--format", "fmt", multiple=True, help="Output formats, comma-separated: txt, jsonl, parquet. [default: txt]")
@click.option("--attributes", is_flag=True, help="Also write Dolma attribute files beside JSONL shards.")
@click.option("--shard-bytes", type=click.IntRange(1), default=100_000_000, show_default=True,
              help="JSONL/Parquet: start a new shard before it passes this many uncompressed bytes.")
@click.option("--rules", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A TOML rules file: extra phrases, force-keep and force-drop patterns.")
@click.option("--site-min-pages", type=click.IntRange(2), default=3, show_default=True,
              help="A block on at least this many pages of a site may be site boilerplate.")
@click.option("--site-min-share", type=click.FloatRange(0, 1), default=0.1, show_default=True,
              help="... and on at least this share of the site's pages.")
@click.option("--max-bytes", type=click.IntRange(1), default=20_000_000, show_default=True,
              help="Per-page size limit (after decompression).")
@click.option("--max-seconds", type=click.FloatRange(0), default=60.0, show_default=True,
              help="Per-page time limit (0: none).")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Read only files matching GLOB (repeatable; a GLOB without '/' matches the file name), "
                   "whatever their type. [default: every file that is a page]")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Skip files matching GLOB (repeatable). Images, PDFs, office files and data sidecars "
                   "are skipped without it.")
@click.option("--field", "fields", multiple=True, metavar="ROLE=NAME",
              help="JSONL/Parquet documents: the field holding the page's id, url, text, html or content "
                   "(HTML or text), e.g. --field text=body; repeatable. 'a.b' is field b inside a.")
@click.option("--backend", type=click.Choice(["local", "dask"]), default=None,
              help="Where pages are cleaned. [default: local; dask when --scheduler is given]")
@click.option("--scheduler", help="Dask scheduler address; implies --backend dask (default there: a LocalCluster).")
@click.option("--manifest", "manifest_file", type=click.Path(path_type=Path),
              help="With '-' input: write the page's manifest rows to this file.")
@click.option("--url", help="With '-' input: the page's URL (for metadata and site).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def clean(raw: Path, out: Path | None, jobs: int, lang: tuple[str, ...], keep: tuple[str, ...], comments: str,
          title: str,
          lang_detector: str, fmt: tuple[str, ...], attributes: bool, shard_bytes: int, rules: Path | None,
          site_min_pages: int, site_min_share: float, max_bytes: int, max_seconds: float,
          include: tuple[str, ...], exclude: tuple[str, ...], fields: tuple[str, ...], backend: str | None,
          scheduler: str | None,
          manifest_file: Path | None, url: str | None, quiet: bool) -> None:
    """Clean every page under RAW (default ./raw) into OUT (default ./clean).

    OUT must be new, empty, or written by an earlier run: corpusclean refuses a folder
    holding files it did not write. With RAW '-', read one page from standard input and
    write its clean text to OUT (default: standard output).
    """
    config = build_config(lang, keep, comments, lang_detector, fmt, attributes, rules,
                          site_min_pages, site_min_share, max_bytes, max_seconds,
                          _csv(include), _csv(exclude)).with_(shard_bytes=shard_bytes,
                                                              record_fields=parse_fields(fields), title=title)
    if scheduler is not None:
        if backend == "local":
            raise click.BadParameter("--scheduler is a Dask scheduler's address; it cannot go with --backend local",
                                     param_hint="--scheduler")
        backend = "dask"
    if out is None:
        out = Path("-") if str(raw) == "-" else Path("clean")
    if str(out) == "-" and str(raw) != "-":
        raise click.UsageError("OUT '-' is standard output, for one page read from standard input (RAW '-'); "
                               f"a run over {raw} writes a folder: give its name")
    if str(raw) == "-":
        try:
            status = _clean_stream(out, config, manifest_file, url)
        except OSError as e:
            _stopped_on_write(e, out)
        sys.exit(status)
    from .output.corpus_formats import FormatError, check_formats
    from .run.guard import BusyError, RunError
    from .run.pool import WorkersKeepDying

    try:
        check_formats(config)
    except FormatError as e:
        raise click.UsageError(str(e)) from None
    try:
        if backend == "dask":
            from .run.dask_backend import run_dask

            stats = run_dask(raw, out, config, scheduler=scheduler, progress=not quiet)
        else:
            from .run.local import run

            stats = run(raw, out, config, jobs=jobs, progress=not quiet)
    except BusyError as e:
        click.echo(f"Error: {e}", err=True)
        sys.exit(2)
    except RunError as e:
        raise click.UsageError(str(e)) from None
    except KeyboardInterrupt:
        _exit_interrupted()
    except OSError as e:  # writing OUT failed: disk full, read-only, a quota
        _stopped_on_write(e, out)
    except WorkersKeepDying as e:
        _stopped(str(e))
    if not quiet:
        click.echo(summary_line(stats, out), err=True)
        from .run.language_note import language_note

        note = language_note(stats, config.langs)
        if note:
            click.echo(note, err=True)
    if not stats["pages"]:
        # A run that read no page cleaned nothing: a mistyped or empty RAW must not look
        # like success to the script that runs it (the outputs are still written, empty).
        click.echo(f"Error: {_no_pages(raw, stats.get('skipped') or {})}", err=True)
        sys.exit(1)
    sys.exit(1 if stats["pages_error"] else 0)


def _no_pages(raw: Path, skipped: dict[str, int]) -> str:
    """Why a run found no page: its filters left every file out, its files are not pages, or
    RAW holds nothing (said even with -q, where the summary line is not)."""
    why = f"no pages found under {raw}: nothing was cleaned"
    excluded = skipped.get("excluded", 0)
    if excluded:
        why += f"; --include/--exclude left out the {excluded} file{'s' if excluded > 1 else ''} there"
    others = {k: n for k, n in skipped.items() if k != "excluded"}
    if others:
        why += f"; {_files(sum(others.values()))} skipped as not pages ({_by_count(others)})"
    return why + " (pages are .html, .htm, .txt, WARC/WET, JSONL and Parquet files, also gzipped)."


def _files(n: int) -> str:
    return f"{n:,} file{'' if n == 1 else 's'}"


def _by_count(counts: dict[str, int]) -> str:
    """"5 image, 2 binary file": the most first, then by name."""
    return ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def summary_line(stats: dict[str, Any], out: Path) -> str:
    """The run in one line: pages, errors, characters, and what else a user must hear of
    (files skipped as not pages, article text that could not be kept, pages cut short by
    the crawler, outputs of an earlier run deleted)."""
    # what the manifest accounts for, and the rest: whitespace between blocks, the line
    # breaks of joined lines and what repairs changed (ftfy's "Ã©" -> "é" is one character
    # fewer, "ﬁ" -> "fi" one more: the rest can be negative)
    categories = (stats.get("removed") or {}).values()
    removed = sum(c.get("chars", 0) for c in categories)
    rows = sum(c.get("rows", 0) for c in categories)
    spaces = stats["chars_in"] - stats["chars_out"] - removed
    line = (f"{stats['pages']} pages, {stats['pages_error']} errors; {stats['chars_in']:,} chars in, "
            f"{stats['chars_out']:,} out ({removed:,} removed in {rows:,} manifest rows, {spaces:,} whitespace and repairs) -> {out}")
    skipped = stats.get("skipped") or {}
    if skipped:
        line += f"; {_files(sum(skipped.values()))} skipped ({_by_count(skipped)})"
        archives = (stats.get("skipped_files") or {}).get("archive") or []
        if archives:
            more = ", ..." if len(archives) > 3 else ""
            line += (f" [archives not read: {', '.join(archives[:3])}{more}; stats.json skipped_files "
                     "names every skipped archive, document and PDF]")
    unaligned = (stats.get("extraction") or {}).get("extract_unaligned", 0)
    if unaligned:
        line += (f"; {unaligned} HTML page{'s' if unaligned > 1 else ''} with most of trafilatura's article "
                 "outside the page's text (metadata extract_unaligned says how much)")
    truncated = stats.get("pages_truncated", 0)
    if truncated:
        line += (f"; {truncated} page{'s' if truncated > 1 else ''} from WARC records the crawler cut short "
                 "(truncated in pages.jsonl and the documents' metadata)")
    deep = stats.get("pages_depth_cut", 0)
    if deep:
        line += (f"; {deep} HTML page{'s' if deep > 1 else ''} nested past 255 levels: the text below "
                 "that depth could not be read (depth_cut in pages.jsonl)")
    stale = stats.get("stale_outputs_removed") or {}
    if stale:
        what = ", ".join(f"{n} {kind}" for kind, n in sorted(stale.items()))
        line += f"; deleted the earlier run's outputs this run does not write: {what}"
    return line


def _stopped(why: str, fix: str = "") -> NoReturn:
    """Exit 1 with one line saying why the run stopped (no traceback); `fix` comes before
    the resume advice."""
    click.echo(f"Error: the run stopped: {why}. Nothing half-written is left; {fix}run the same "
               "command again to resume.", err=True)
    sys.exit(1)


def _exit_interrupted() -> NoReturn:
    """Exit 130 without the interpreter's exit handlers. A Ctrl-C that lands while the main
    thread holds a worker pool's future lock leaves the pool's manager thread waiting on it
    forever, and the interpreter's exit joins that thread: an interrupted run hung instead
    of exiting (seen under load, in concurrent.futures' exit handler). By now the run has
    undone what it must: its temporary files are gone, its lock dies with the process, and
    the workers exit when their parent does (run/pool.watch_parent)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(130)


def _stopped_on_write(e: OSError, out: Path) -> NoReturn:
    """`_stopped`, saying which file could not be written and why."""
    _stopped(f"cannot write {e.filename or out}: {e.strerror or e}",
             "fix that (free space, permissions) or choose another OUT, then ")


def _many_pages(data: bytes) -> str:
    """What standard input holds when it is a WARC archive or JSON Lines documents, else "":
    read as one page, its records' headers and JSON would be the 'clean text'."""
    import zlib

    from .read.readers.warc import starts_as_warc

    if starts_as_warc(data):
        return "a WARC archive"
    head = data[:1 << 20]
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 1 << 20)
        except zlib.error:
            return ""
    first = head.lstrip().split(b"\n", 1)[0]
    if first.startswith(b"{"):
        try:
            if isinstance(json.loads(first), dict):
                return "JSON Lines documents"
        except ValueError:
            pass
    return ""


def _clean_stream(out: Path, config: Config, manifest_file: Path | None, url: str | None) -> int:
    """One page from standard input to OUT ('-': standard output). Prints nothing else but an error.

    Bytes in, UTF-8 bytes out whatever the locale: the text `clean_page` returns, plus a final
    newline as in the .txt tree. Site-level repeats need a whole run, so a page cleaned alone
    can keep a line that a directory run removes as boilerplate seen on many pages.
    """
    from .api import clean_page
    from .output.atomic import write_atomic

    if str(out) != "-" and out.is_dir():
        raise click.UsageError(f"with '-' as input, OUT is a file or '-' (standard output), not the folder {out}")
    if config.comments == "separate":
        # a folder run writes each page's comments beside its text; one page to a stream has
        # no such place, and the comments would be removed without a word
        raise click.UsageError("--comments separate writes comment files beside a folder run's texts; with '-' "
                               "as input use --comments keep, or --manifest FILE to get them as its comments rows")
    if manifest_file is not None and str(out) != "-" and manifest_file.resolve() == out.resolve():
        # the manifest was written second, over the clean text just written
        raise click.UsageError(f"--manifest {manifest_file} is OUT itself; give the manifest a file of its own")
    data = sys.stdin.buffer.read()
    many = _many_pages(data)
    if many:
        raise click.UsageError(f"standard input holds {many}: many pages, not one. Save it to a file and "
                               "give that file (or its folder) as RAW")
    res = clean_page(data, url=url, config=config, page_id="-")
    blob = (res.text + "\n" if res.text else "").encode("utf-8", "surrogateescape")
    rows = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in res.manifest).encode("utf-8")
    # A page that failed has no clean text: OUT is not written (it keeps what it held), the
    # manifest gets the error row.
    writes = [(manifest_file, rows)] + ([] if res.error else [(out, blob)])
    for target, content in writes:
        if target is not None and str(target) != "-" and _not_ours(target, content):
            raise click.UsageError(f"{target} exists and holds something else; corpusclean does not replace a "
                                   "file it did not write: remove it or choose another name")
    if manifest_file is not None:
        write_atomic(manifest_file, rows)
    if res.error:
        click.echo(f"corpusclean: {res.error}", err=True)
        return 1
    if str(out) == "-":
        try:
            sys.stdout.buffer.write(blob)
            sys.stdout.buffer.flush()
        except BrokenPipeError:  # `| head`: the reader has what it wanted; no traceback
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    else:
        write_atomic(out, blob)
    return 0


def _not_ours(path: Path, content: bytes) -> bool:
    """An existing file (or anything else) at `path` that is not what this page writes there:
    a page cleaned alone leaves no trace of its own, so the only file it may replace is the
    one the same command wrote before (a re-run)."""
    from .output.atomic import holds

    return (path.exists() or path.is_symlink()) and not holds(path, content)


@main.command()
@click.argument("out", default="clean", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--raw", "raw", type=click.Path(path_type=Path),
              help="Where the run's input is now (default: the input folder run.json names).")
def verify(out: Path, raw: Path | None) -> None:
    """Prove nothing was lost: every page of the run in OUT (default ./clean) is there, and
    its kept text + manifest cover its source text."""
    from .output.runfiles import NotARunError, read_pages
    from .verify import verify as run_verify

    try:
        checked, failures = run_verify(out, raw=raw)
    except NotARunError as e:
        raise click.UsageError(str(e)) from None
    for f in failures:
        click.echo(f"FAIL {f}", err=True)
    # a page can fail more than one check: the count is of pages, the FAIL lines of problems
    pages = len({f.page for f in failures})
    problems = f" ({len(failures)} problems)" if len(failures) > pages else ""
    # the run's error pages kept nothing, so there is nothing of theirs to check: said, not hidden
    errors = sum(1 for row in read_pages(out).values() if row.get("error"))
    unchecked = (f"; {errors} pages of the run are errors, with no text to check "
                 f"(corpusclean report {out} lists them)") if errors else ""
    click.echo(f"verified {checked} pages: {pages} failed{problems}{unchecked}")
    sys.exit(1 if failures else 0)


def _register_audit() -> None:
    """The audit commands live in corpusclean.audit; registered here so `main` stays thin."""
    from .audit.commands import report, show

    main.add_command(report)
    main.add_command(show)


_register_audit()

if __name__ == "__main__":  # pragma: no cover
    main()
