"""A comparison as one printable HTML file: a summary, a key, then a table of every change."""

from __future__ import annotations

from pathlib import Path

from clausebook.compare.as_text import summary
from clausebook.compare.html_page import LEGEND, page, redline, text
from clausebook.compare.labels import from_elsewhere, label, labels, move, rewording, status_name
from clausebook.compare.model import Change, Comparison
from clausebook.models import Document


def _note(change: Change) -> str:
    notes = []
    if reworded := rewording(change):
        notes.append(reworded)
    if change.moved:
        notes.append(move(change.old[0], change.new[0]))
    if elsewhere := from_elsewhere(change):
        notes.append(elsewhere)
    return f"<br><small>{text(', '.join(notes))}</small>" if notes else ""


def _shown(change: Change) -> str:
    """The redline; a split or merge also shows each part under its own number."""
    if change.status == "unchanged":
        return text(" ".join(c.text for c in change.new))
    if change.status not in ("split", "merged"):
        return redline(change.diff)
    parts = change.new if change.status == "split" else change.old
    shown = [f"<p>{redline(change.diff)}</p>"] if change.reworded else []
    shown += [f"<p><strong>{text(label(c))}</strong> {text(c.text)}</p>" for c in parts]
    return "".join(shown)


def _row(change: Change) -> str:
    shown = _shown(change)
    # Prefixed: two versions of one document share clause ids ("5-1" removed, "5-2" renumbered to "5-1").
    anchor = f"new-{change.new[0].id}" if change.new else f"old-{change.old[0].id}"
    kind = "unchanged" if change.status == "unchanged" else "changed"
    return (f'<tr id="{text(anchor)}" class="{kind}"><td class="num">{text(labels(change.old))}</td>'
            f'<td class="num">{text(labels(change.new))}</td>'
            f'<td><span class="status">{text(status_name(change.status))}</span>{_note(change)}</td>'
            f"<td>{shown}</td></tr>")


def _version(document: Document) -> str:
    """ "farnham-2025 (farnham-2025-draft.txt, draft)": the file's name only; a clerk's folders are not for the papers."""
    status = document.meta.get("status")
    details = ", ".join(str(d) for d in (Path(document.path).name, status) if d)
    return f"<strong>{text(document.id)}</strong> ({text(details)})"


def _details(comparison: Comparison) -> str:
    """The front matter and details block that changed, as a table of their own, or ""."""
    if not comparison.details:
        return ""
    rows = "\n".join(f'<tr><th scope="row">{text(d.name)}</th><td>{redline(d.diff)}</td></tr>' for d in comparison.details)
    return ('<table class="details">\n<caption>Document details that changed (front matter, title and '
            'details block)</caption>\n<colgroup><col class="status"><col></colgroup>\n'
            f"<tbody>\n{rows}\n</tbody>\n</table>\n")


def comparison_html(comparison: Comparison, show_unchanged: bool = True) -> str:
    """The redline as one page; without ``show_unchanged`` only the changed clauses are listed (committee papers)."""
    old, new = comparison.old.document, comparison.new.document
    rows = [_row(c) for c in comparison.changes if show_unchanged or c.status != "unchanged"]
    heading = (f"Changes to {text(new.title)}" if old.title == new.title
               else f"Changes from {text(old.title)} to {text(new.title)}")
    unlisted = comparison.counts()["unchanged"] if not show_unchanged else 0
    caption = ("Every clause of both versions, in the order of the new version" if not unlisted else
               f"Each changed clause, in the order of the new version ({unlisted} unchanged clauses not listed)")
    body = (
        f"<h1>{heading}</h1>\n"
        f"<p>Old version: {_version(old)}. New version: {_version(new)}.</p>\n"
        f"<p>{text(summary(comparison))}.</p>\n{LEGEND}\n{_details(comparison)}"
        f'<table>\n<caption>{text(caption)}</caption>\n'
        '<colgroup><col class="narrow"><col class="narrow"><col class="status"><col></colgroup>\n'
        '<thead><tr><th scope="col">Old</th><th scope="col">New</th><th scope="col">Change</th>'
        '<th scope="col">Text, with changes marked</th></tr></thead>\n<tbody>\n'
        + "\n".join(rows) + "\n</tbody>\n</table>"
    )
    return page(f"Changes: {old.id} → {new.id}", body)
