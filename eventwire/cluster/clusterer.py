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
from collections.abc import Iterable
from dataclasses import dataclass, field

from eventwire.cluster.match import Mention, agreement, compatible, same_phase

MODALITY_RANK = {"asserted": 3, "future": 2, "hypothetical": 1, "negated": 0}


@dataclass
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
        days = [m.first_day for m in self.members if m.first_day]
        return min(days) if days else None

    @property
    def last_day(self) -> dt.date | None:
        days = [m.last_day for m in self.members if m.last_day]
        return max(days) if days else None

    @property
    def best(self) -> Mention:
        """The mention that tells it best: not a denial, most confident, most precise."""
        return max(self.members, key=_telling)

    def reaches(self, mention: Mention) -> bool:
        """Whether the cluster's days come near the mention's (a cheap first filter)."""
        first, last = self.first_day, self.last_day
        if first is None or last is None or mention.first_day is None or mention.last_day is None:
            return False
        return first <= mention.last_day and mention.first_day <= last


def _telling(mention: Mention) -> tuple:
    return (MODALITY_RANK.get(mention.modality, 0), mention.exact, mention.city is not None,
            mention.confidence, -(mention.seen or dt.date.max).toordinal())  # fmt: skip


def cluster_id(first_event_id: str) -> str:
    """A cluster's id, fixed by the first mention it was made from."""
    return "cl-" + hashlib.sha1(first_event_id.encode()).hexdigest()[:16]


class Clusterer:
    """Assigns mentions to clusters, starting from clusters already known (e.g. stored)."""

    def __init__(self, clusters: Iterable[Cluster] = ()) -> None:
        self._by_event: dict[str, list[Cluster]] = defaultdict(list)
        self.clusters: dict[str, Cluster] = {}
        for cluster in clusters:
            self._keep(cluster)

    def _keep(self, cluster: Cluster) -> None:
        self.clusters[cluster.id] = cluster
        self._by_event[cluster.event].append(cluster)

    def add(self, mention: Mention) -> Cluster:
        """Put ``mention`` in its cluster (an existing one or a new one) and return it."""
        best, best_score, linked = None, float("-inf"), []
        for cluster in self._by_event[mention.event]:
            if not cluster.reaches(mention) or not all(compatible(mention, m) for m in cluster.members):
                continue
            if not all(same_phase(mention, m) for m in cluster.members):
                linked.append(cluster)
                continue
            score = sum(agreement(mention, m) for m in cluster.members) / len(cluster.members)
            if score > best_score:
                best, best_score = cluster, score
        if best is None:
            best = Cluster(id=cluster_id(mention.event_id), event=mention.event)
            self._keep(best)
        best.members.append(mention)
        for other in linked:
            other.links.add(best.id)
            best.links.add(other.id)
        return best

    def add_all(self, mentions: Iterable[Mention]) -> None:
        """Add mentions in the order given."""
        for mention in mentions:
            self.add(mention)

    def assignments(self) -> dict[str, str]:
        """Each mention's event id, with the id of its cluster."""
        return {m.event_id: c.id for c in self.clusters.values() for m in c.members}
