"""Group event mentions into clusters, one cluster per real-world occurrence.

Mentions are added one at a time (the order articles are stored in), so new articles join the
clusters already stored without re-clustering everything. A mention joins the cluster it is
compatible with *every* member of (:func:`eventwire.cluster.match.compatible`) and agrees with
best on average; failing that it starts a cluster of its own. A cluster it could have joined
but for the phase (a plan against the event that happened) is *linked* to its cluster instead.

Only clusters of the same type whose days come near the mention's are looked at, so adding a
mention costs the same with ten clusters stored or a million.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from eventwire.cluster.match import Mention, agreement, compatible, same_phase

MODALITY_RANK = {"asserted": 3, "future": 2, "hypothetical": 1, "negated": 0}


@dataclass(eq=False)
class Cluster:
    """One occurrence: the mentions that report it, and the clusters it is linked to."""

    id: str
    event: str
    members: list[Mention] = field(default_factory=list)
    links: set[str] = field(default_factory=set)  # ids of the same occurrence in another phase

    @property
    def phase(self) -> str | None:
        """The phase its mentions agree on ("happened", "planned"), None if all are denials."""
        return next((m.phase for m in self.members if m.phase), None)

    @property
    def first_day(self) -> dt.date | None:
        """The first day any of its mentions may have happened on."""
        days = [m.first_day for m in self.members if m.first_day]
        return min(days) if days else None

    @property
    def last_day(self) -> dt.date | None:
        """The last day any of its mentions may have happened on."""
        days = [m.last_day for m in self.members if m.last_day]
        return max(days) if days else None

    @property
    def best(self) -> Mention:
        """The mention that tells it best: not a denial, most confident, most precise."""
        return min(self.members, key=_telling)



def _telling(mention: Mention) -> tuple:
    """Sorts the best teller first: asserted, dated, placed, confident, earliest, then by id."""
    return (-MODALITY_RANK.get(mention.modality, 0), not mention.exact, mention.city is None,
            -mention.confidence, mention.seen or dt.date.max, mention.event_id)  # fmt: skip


def cluster_id(first_event_id: str) -> str:
    """A cluster's id, fixed by the first mention it was made from."""
    return "cl-" + hashlib.sha1(first_event_id.encode()).hexdigest()[:16]


def _weeks(mention: Mention) -> range:
    """The weeks (counted from year 1) the mention's days fall in; none when it has no days."""
    if mention.first_day is None or mention.last_day is None:
        return range(0)
    return range(mention.first_day.toordinal() // 7, mention.last_day.toordinal() // 7 + 1)


class Clusterer:
    """Assigns mentions to clusters, starting from clusters already known (e.g. stored)."""

    def __init__(self, clusters: Iterable[Cluster] = (), taken: Callable[[str], bool] = lambda _: False) -> None:
        """Start from ``clusters``; ``taken`` tells whether an id not among them is in use."""
        self._taken = taken
        # Clusters by type and by each week their mentions' days touch: the only ones looked at.
        self._by_week: dict[tuple[str, int], dict[str, Cluster]] = defaultdict(dict)
        self.clusters: dict[str, Cluster] = {}
        for cluster in clusters:
            self.clusters[cluster.id] = cluster
            for member in cluster.members:
                self._index(cluster, member)

    def _index(self, cluster: Cluster, mention: Mention) -> None:
        for week in _weeks(mention):
            self._by_week[cluster.event, week][cluster.id] = cluster

    def _near(self, mention: Mention) -> list[Cluster]:
        """Clusters of the mention's type with days in the weeks of its days, oldest first."""
        seen: dict[str, Cluster] = {}
        for week in _weeks(mention):
            seen.update(self._by_week.get((mention.event, week), {}))
        return list(seen.values())

    def add(self, mention: Mention) -> Cluster:
        """Put ``mention`` in its cluster (an existing one or a new one) and return it."""
        best, best_score, linked = None, float("-inf"), []
        for cluster in self._near(mention):
            if not all(compatible(mention, m) for m in cluster.members):
                continue
            if not all(same_phase(mention, m) for m in cluster.members):
                linked.append(cluster)
                continue
            score = sum(agreement(mention, m) for m in cluster.members) / len(cluster.members)
            if score > best_score:
                best, best_score = cluster, score
        if best is None:
            best = Cluster(id=self._new_id(mention.event_id), event=mention.event)
            self.clusters[best.id] = best
        best.members.append(mention)
        self._index(best, mention)
        for other in linked:
            other.links.add(best.id)
            best.links.add(other.id)
        return best

    def _new_id(self, event_id: str) -> str:
        """The id of a cluster started by ``event_id``; one left empty here may be reused."""
        new = cluster_id(event_id)
        while (new in self.clusters and self.clusters[new].members) or (new not in self.clusters and self._taken(new)):
            new = cluster_id(new)
        return new

    def add_all(self, mentions: Iterable[Mention]) -> None:
        """Add mentions in the order given."""
        for mention in mentions:
            self.add(mention)

    def assignments(self) -> dict[str, str]:
        """Each mention's event id, with the id of its cluster."""
        return {m.event_id: c.id for c in self.clusters.values() for m in c.members}
