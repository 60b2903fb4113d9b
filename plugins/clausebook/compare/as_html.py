"""A comparison as one printable HTML file: a summary, a key, then a table of every change."""

from __future__ import annotations

from clausebook.compare.as_text import summary
from clausebook.compare.html_page import LEGEND, page, redline, text
from clausebook.compare.labels import label, labels, move, rewording, status_name
from clausebook.compare.model import Change, Comparison


def _note(change: Change) -> str:
    notes = []
    if reworded := rewording(change):
        notes.append(reworded)
    if change.moved:
        notes.append(move(change.old[0], change.new[0]))
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
    return (f'<tr id="{text(anchor)}"><td class="num">{text(labels(change.old))}</td>'
            f'<td class="num">{text(labels(change.new))}</td>'
            f'<td><span class="status">{text(status_name(change.status))}</span>{_note(change)}</td>'
            f"<td>{shown}</td></tr>")


def comparison_html(comparison: Comparison, show_unchanged: bool = True) -> str:
    old, new = comparison.old.document, comparison.new.document
    rows = [_row(c) for c in comparison.changes if show_unchanged or c.status != "unchanged"]
    body = (
        f"<h1>Changes from {text(old.title)} to {text(new.title)}</h1>\n"
        f"<p>Old version: <strong>{text(old.id)}</strong> ({text(old.path)}). "
        f"New version: <strong>{text(new.id)}</strong> ({text(new.path)}).</p>\n"
        f"<p>{text(summary(comparison))}.</p>\n{LEGEND}\n"
        '<table>\n<caption>Every clause of both versions, in the order of the new version</caption>\n'
        '<colgroup><col class="narrow"><col class="narrow"><col class="status"><col></colgroup>\n'
        '<thead><tr><th scope="col">Old</th><th scope="col">New</th><th scope="col">Change</th>'
        '<th scope="col">Text, with changes marked</th></tr></thead>\n<tbody>\n'
        + "\n".join(rows) + "\n</tbody>\n</table>"
    )
    return page(f"Changes: {old.id} → {new.id}", body)
