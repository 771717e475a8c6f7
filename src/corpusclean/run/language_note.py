"""The run summary's word on pages whose own language was not a target.

With the default ``--lang en``, a German or Japanese page loses its whole text as
``language``: correct by the option, and a surprise to a user who did not know the folder
held other languages. ``decide`` counts such pages (policy.py); this note names how many,
in which languages, and the options that would keep them.
"""

from __future__ import annotations

from typing import Any


def language_note(stats: dict[str, Any], langs: tuple[str, ...]) -> str | None:
    """One line for the run's summary, or None when no page lost most of its text as language."""
    lost = stats.get("pages_lost_to_language") or {}
    n = int(lost.get("pages") or 0)
    if not n:
        return None
    by_lang = sorted((lost.get("languages") or {}).items(), key=lambda kv: (-kv[1], kv[0]))
    # "und": pages in a language the model cannot read (classify/language.unread)
    which = ", ".join(f"{'und (a language the model does not know)' if lang == 'und' else lang} {k}"
                      for lang, k in by_lang)
    targets = [t for t in langs if t not in ("any", "auto")]
    named = [lang for lang, _ in by_lang if lang != "und" and lang not in targets]
    keep = f"--lang {','.join(dict.fromkeys(targets + named))} keeps these; " if named else ""
    page_s, their = ("page", "its") if n == 1 else ("pages", "their")
    return (f"{n} {page_s} lost most of {their} text as not in the target language{'s' if len(targets) > 1 else ''} "
            f"({', '.join(targets) or '-'}): {which}. --lang auto keeps each page's own language; "
            f"{keep}--lang any keeps every language.")
