"""A generator of multi-site corpora: scraped text pages with known boilerplate and quotes.

Each site is a folder ``site-NNN/`` of flattened text pages (no URL, so the folder is the
site). Every page of a site carries the site's own header (name, tagline, menu), the
site's appeal paragraph after the article and its footer; the article between them is
unique (a headline, a byline with the date, 4-7 paragraphs of generated English prose).
One paragraph per site is quoted by two of its articles (inside the article, between
paragraphs), and optionally one more by ``--quote-pages`` articles.

Everything follows from ``--seed``, so a corpus is the same on every machine, and the
function `generate` returns what it put where, for tests to check the cleaning against.

    python bench/sitegen.py /tmp/sites --sites 50 --pages 20000
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, field
from pathlib import Path

_NOUNS = ("council", "school", "river", "market", "bridge", "library", "hospital", "farmer", "teacher",
          "festival", "harbour", "museum", "station", "village", "committee", "budget", "report", "plan",
          "road", "park", "garden", "factory", "company", "team", "season", "election", "court", "museum",
          "orchestra", "bakery", "clinic", "railway", "ferry", "airport", "forest", "valley", "theatre")
_ADJS = ("new", "old", "local", "small", "large", "busy", "quiet", "public", "private", "annual", "recent",
         "historic", "modern", "rural", "coastal", "northern", "southern", "popular", "difficult", "final")
_VERBS = ("opened", "closed", "approved", "rejected", "visited", "studied", "rebuilt", "funded", "described",
          "questioned", "welcomed", "criticised", "repaired", "expanded", "reviewed", "announced", "planned")
_PEOPLE = ("the mayor", "a spokesperson", "local residents", "the head teacher", "volunteers",
           "the director", "shop owners", "the chief engineer", "several parents", "the organisers")
_PLACES = ("Millbrook", "Ashford", "Kingsbridge", "Harlow", "Dunmore", "Elmstead", "Fairhaven", "Glenwood",
           "Hollowell", "Ironbridge", "Larkfield", "Marston", "Northwick", "Oakridge", "Penrose", "Redcliff")
_DAYS = ("on Monday", "on Tuesday", "last week", "this spring", "in March", "over the weekend",
         "earlier this year", "on Friday evening", "after months of delay", "for the first time")
_REASONS = ("because the costs had risen sharply", "after a long public debate", "despite strong objections",
            "to the surprise of many observers", "with support from both parties", "as the weather improved",
            "while the final figures were still being checked", "so that families could take part")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_FIRST = ("Anna", "Ben", "Clara", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Keiko", "Liam")
_LAST = ("Adams", "Brook", "Castillo", "Dubois", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen")


def sentence(rng: random.Random) -> str:
    forms = (
        "The {a} {n} {v} the {a2} {n2} in {p} {d}.",
        "{P} said the {n} had {v} the {n2} {r}.",
        "In {p}, the {a} {n} was {v} {d}, {r}.",
        "According to {P}, the {n2} near the {a} {n} will be {v} {r}.",
        "Many people in {p} believe that the {n} should have been {v} {d}.",
        "{P} told us the {a} {n2} was {v} {r}, and that more work is needed.",
    )
    s = rng.choice(forms).format(
        a=rng.choice(_ADJS), a2=rng.choice(_ADJS), n=rng.choice(_NOUNS), n2=rng.choice(_NOUNS),
        v=rng.choice(_VERBS), p=rng.choice(_PLACES), d=rng.choice(_DAYS), r=rng.choice(_REASONS),
        P=rng.choice(_PEOPLE))
    return s[0].upper() + s[1:]


def paragraph(rng: random.Random, sentences: tuple[int, int] = (3, 6)) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(*sentences)))


@dataclass(slots=True)
class Site:
    name: str
    folder: str
    header: list[str]
    appeal: str
    footer: list[str]
    quote: str  # quoted by two articles
    quote_pages: list[str] = field(default_factory=list)  # page ids that quote it
    more_quote: str = ""  # quoted by `--quote-pages` articles, if asked for
    more_quote_pages: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)

    @property
    def shared(self) -> list[str]:
        """The site's boilerplate blocks: on every page."""
        return [*self.header, self.appeal, *self.footer]


@dataclass(slots=True)
class Corpus:
    root: Path
    sites: list[Site]
    paragraphs: dict[str, list[str]]  # page id -> its article paragraphs (quotes included)


def make_site(i: int, rng: random.Random) -> Site:
    town = _PLACES[i % len(_PLACES)]
    name = f"The {town} {rng.choice(('Gazette', 'Courier', 'Herald', 'Chronicle', 'Observer'))} {i}"
    sections = rng.sample(("Local", "Sport", "Business", "Culture", "Weather", "Schools", "Letters",
                           "Planning", "Transport", "Farming", "Obituaries"), 4)
    header = [name, f"Independent reporting from {town} and the valley since {1900 + i}",
              *[f"{s} desk {i}" for s in sections]]
    appeal = (f"{name} is run by a small team of reporters who live in {town}. "
              "If this story helped you understand what happens in your neighbourhood, please think about "
              f"becoming a member: a few pounds a month pays for the court and council reporting that "
              f"nobody else in {town} does, and keeps every article free to read for everyone.")
    footer = [f"Copyright {2000 + i} {name} Media Cooperative, registered in {town}",
              f"{10 + i} Harbour Street, {town}, telephone 0{1000 + i} 555 0{i:03d}",
              f"Editorial standards of {name} | Corrections | Write to the newsroom"]
    return Site(name, f"site-{i:03d}", header, appeal, footer, quote=paragraph(rng, (4, 5)),
                more_quote=paragraph(rng, (4, 5)))


def page_text(site: Site, body: list[str], rng: random.Random) -> str:
    title = " ".join(w.capitalize() for w in sentence(rng).rstrip(".").split()[:8])
    when = f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(2015, 2024)}"
    byline = f"By {rng.choice(_FIRST)} {rng.choice(_LAST)}, {when}, {rng.randint(2, 9)} min read"
    lines = [*site.header, "", title, "", byline, "", "\n\n".join(body), "", site.appeal, "",
             *site.footer]
    return "\n".join(lines) + "\n"


def generate(root: Path, sites: int = 3, pages: int = 24, seed: int = 1, quote_pages: int = 0) -> Corpus:
    """Write `pages` pages spread evenly over `sites` sites under `root`; return what is where."""
    rng = random.Random(seed)
    made = [make_site(i, rng) for i in range(sites)]
    paragraphs: dict[str, list[str]] = {}
    for n in range(pages):
        site = made[n % sites]
        site.pages.append(f"{site.folder}/article-{len(site.pages):05d}.txt")
    for site in made:
        quoting = rng.sample(site.pages, min(2, len(site.pages)))
        more = [p for p in site.pages if p not in quoting][:quote_pages] if quote_pages else []
        for page_id in site.pages:
            body = [paragraph(rng) for _ in range(rng.randint(4, 7))]
            if page_id in quoting:
                body.insert(len(body) // 2, site.quote)
                site.quote_pages.append(page_id)
            if page_id in more:
                body.insert(1, site.more_quote)
                site.more_quote_pages.append(page_id)
            paragraphs[page_id] = body
            path = root / page_id
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page_text(site, body, rng), encoding="utf-8")
    return Corpus(root, made, paragraphs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("root", type=Path)
    ap.add_argument("--sites", type=int, default=50)
    ap.add_argument("--pages", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quote-pages", type=int, default=0,
                    help="also quote one more paragraph per site in this many articles")
    a = ap.parse_args()
    c = generate(a.root, a.sites, a.pages, a.seed, a.quote_pages)
    size = sum(p.stat().st_size for p in a.root.rglob("*.txt"))
    print(f"{a.pages} pages over {len(c.sites)} sites, {size / 1e6:.1f} MB -> {a.root}")


if __name__ == "__main__":
    main()
