"""Auditing a finished run: what was removed, where, and why.

* ``summary.summarise``: counts by category, rule, language, page and text (``report``);
* ``show``: one page's source with its removals marked (``show``);
* ``html_report.write_report``: a self-contained HTML report with every page viewable
  (``report --html``).

Everything is computed from the run's output folder (manifest, stats.json, run.json); page
sources are recomputed from the input folder named in run.json.
"""

from ..output.runfiles import NotARunError, Run, open_run
from .summary import summarise

__all__ = ["NotARunError", "Run", "open_run", "summarise"]
