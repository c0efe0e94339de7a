"""Which independent source stands behind an article, so that reprints are not counted twice.

A wire story reprinted by ten sites is one source, not ten. An article's source is, in order:
the news agency its dateline credits ("KYIV (AP) —" is AP's reporting, whoever prints it);
else the outlet of the first copy of it stored (a near-duplicate counts as that copy); else
that first copy itself. Two different stories by one outlet count as one source, and an agency
counts once whether it is the outlet or the wire credited ("Reuters" and "(Reuters)").
"""

from __future__ import annotations


def independent_source(root_id: str, wire: str | None, root_outlet: str | None) -> str:
    """The key of the source behind an article whose first copy is ``root_id``."""
    if wire or root_outlet:
        return "source:" + _folded(wire or root_outlet or "")
    return "article:" + root_id


def _folded(name: str) -> str:
    return " ".join(name.casefold().replace(".", " ").split())
