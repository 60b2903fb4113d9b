"""The gap report: what peers cover that a draft does not, and the committee's checklist.

Two independent sources of evidence, kept apart so a reader can weigh each:

- topics (from the align stage): a topic with clauses from peer protocols
  and none from the draft is a gap, and the peers' clauses are quoted;
- the checklist (corpus/data/checklist.yaml): each item marked covered,
  partly covered or not covered by the draft, by the item's own
  recognisers, with the draft's clauses that show it and the peers' clauses
  that cover what the draft lacks.

The draft is a corpus document with status "draft", or the draft part of a
file that holds a report and its draft (``worcestershire-2024--draft``).
Peers are the other protocols and aide-memoires in force (not drafts, not
superseded, not versions of the draft's own document).
"""

from __future__ import annotations

from dataclasses import dataclass

from clausebook.compare.checklist import COVERED, NOT_COVERED, Checklist, ItemCoverage, coverage, load_checklist
from clausebook.compare.sources import corpus_version
from clausebook.models import Alignment, Clause, Corpus, ParsedDocument, Problem, Topic

PEER_KINDS = ("protocol", "aide-memoire")
NOT_IN_FORCE = ("draft", "superseded", "report")


@dataclass(frozen=True)
class PeerEvidence:
    """One peer's clauses for one checklist item."""

    peer: ParsedDocument
    coverage: ItemCoverage


@dataclass(frozen=True)
class ChecklistLine:
    draft: ItemCoverage
    peers: tuple[PeerEvidence, ...]  # every peer, covered or not, in corpus order

    @property
    def peers_covering(self) -> tuple[PeerEvidence, ...]:
        return tuple(p for p in self.peers if p.coverage.status != NOT_COVERED)

    @property
    def asked_for(self) -> str:
        """What the committee asked for and how coverage was recognised, in one sentence pair."""
        item = self.draft.item
        return f"The committee asked for: “{item.committee_wording}”. Recognised when a clause {item.recognise}."

    @property
    def quotes(self) -> tuple[tuple[ParsedDocument, Clause], ...]:
        """The peers' clauses to quote: only where the draft falls short, every covering clause."""
        if self.draft.status == COVERED:
            return ()
        return tuple((e.peer, c) for e in self.peers_covering for c in e.coverage.where)


NO_PEER = "No peer protocol in the corpus covers it either."


@dataclass(frozen=True)
class TopicGap:
    topic: Topic
    clauses: tuple[Clause, ...]  # the peers' clauses in the topic
    peers: tuple[str, ...]  # ids of the peers that cover it


@dataclass(frozen=True)
class GapReport:
    draft: ParsedDocument  # only the draft's clauses when the draft is a part of a file
    draft_id: str  # a document id, or a part's clause id
    title: str
    peers: tuple[ParsedDocument, ...]
    checklist: Checklist | None
    lines: tuple[ChecklistLine, ...]
    gaps: tuple[TopicGap, ...]
    topics_shared: int  # topics with clauses from the draft and from a peer
    topics_available: bool  # False while the align stage has produced no topics
    problems: tuple[Problem, ...] = ()


def _draft_part(parsed: ParsedDocument) -> dict | None:
    return next((p for p in parsed.document.meta.get("parts") or [] if p.get("status") == "draft"), None)


def draft_ids(corpus: Corpus) -> list[str]:
    """Every draft in the corpus: draft documents, and draft parts of other files."""
    found = []
    for parsed in corpus.documents:
        part = _draft_part(parsed)
        if part is not None:
            found.append(f"{parsed.document.id}--{part['id']}")
        elif parsed.document.meta.get("status") == "draft":
            found.append(parsed.document.id)
    return found


def resolve_draft(corpus: Corpus, ident: str) -> str:
    """A document id whose file has a draft part means that part; anything else is taken as named."""
    for parsed in corpus.documents:
        part = _draft_part(parsed)
        if parsed.document.id == ident and part is not None:
            return f"{ident}--{part['id']}"
    corpus_version(corpus, ident)  # raises a UserError for an unknown id
    return ident


def peers_of(corpus: Corpus, draft: ParsedDocument) -> tuple[ParsedDocument, ...]:
    """Protocols in force other than the draft's own document and the versions it replaces."""
    own = {draft.document.id}
    supersedes = draft.document.meta.get("supersedes")
    if supersedes:
        own.add(str(supersedes))
    return tuple(
        p for p in corpus.documents
        if p.document.id not in own
        and p.document.meta.get("kind") in PEER_KINDS
        and p.document.meta.get("status") not in NOT_IN_FORCE
        and not any(q.document.meta.get("supersedes") == p.document.id and q.document.meta.get("status") != "draft"
                    for q in corpus.documents)
    )


def _checklist_lines(checklist: Checklist | None, draft: ParsedDocument,
                     peers: tuple[ParsedDocument, ...]) -> tuple[ChecklistLine, ...]:
    if checklist is None:
        return ()
    return tuple(
        ChecklistLine(coverage(item, draft.clauses),
                      tuple(PeerEvidence(peer, coverage(item, peer.clauses)) for peer in peers))
        for item in checklist.items
    )


def _topic_gaps(alignment: Alignment, corpus: Corpus, draft: ParsedDocument,
                peers: tuple[ParsedDocument, ...]) -> tuple[tuple[TopicGap, ...], int]:
    """Topics with peer clauses and no draft clause, most widely covered first; and how many are shared."""
    in_draft = {c.id for c in draft.clauses}
    peer_ids = {p.document.id for p in peers}
    by_id = {c.id: c for c in corpus.clauses()}
    gaps, shared = [], 0
    for topic in alignment.topics:
        clauses = [by_id[c] for c in topic.clauses if c in by_id]
        peer_clauses = tuple(c for c in clauses if c.document in peer_ids)
        if not peer_clauses:
            continue
        if any(c.id in in_draft for c in clauses):
            shared += 1
            continue
        covering = tuple(dict.fromkeys(c.document for c in peer_clauses))
        gaps.append(TopicGap(topic, peer_clauses, covering))
    gaps.sort(key=lambda g: (-len(g.peers), g.topic.title, g.topic.id))
    return tuple(gaps), shared


def gap_report(corpus: Corpus, alignment: Alignment, ident: str) -> GapReport:
    """The gap report for one draft (a document id or a draft part's id)."""
    draft_id = resolve_draft(corpus, ident)
    draft = corpus_version(corpus, draft_id)
    peers = peers_of(corpus, draft)
    checklist, problems = load_checklist(corpus.data.get("checklist"))
    gaps, shared = _topic_gaps(alignment, corpus, draft, peers)
    return GapReport(
        draft=draft,
        draft_id=draft_id,
        title=draft.document.title,
        peers=peers,
        checklist=checklist,
        lines=_checklist_lines(checklist, draft, peers),
        gaps=gaps,
        topics_shared=shared,
        topics_available=bool(alignment.topics),
        problems=tuple(problems),
    )
