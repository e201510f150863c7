"""What every writer shares: the voice, the document's own random stream, and
the bookkeeping that turns what was written into labels.

A writer decides each requirement's state *before* writing the text for it,
then writes text that makes the state true, and marks the span that shows it
(``req:<ID>``). It never writes text that would make another requirement's
label wrong: content for one requirement lives in that requirement's part.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from corpus.blocks import Block, Checkbox, DocSpec, FieldRow, Heading, LogEntry, PageBreak, Para, Signature
from corpus.plan import CasePlan, DocPlan
from corpus.text import Marked, as_marked, join
from corpus.voices import Voice, make_voice
from extractors.structure.field_names import CANONICAL_ALIASES

PRESENT = "present"
ABSENT = "absent"
UNCLEAR = "unclear"
NOT_APPLICABLE = "not_applicable"
STATES = (PRESENT, ABSENT, UNCLEAR, NOT_APPLICABLE)

# Reasons given for a decision.
SPECIFIC = "specific"
GENERIC = "generic"
NONE = "none"
COPIED = "copied"

GENERIC_REASONS: Mapping[str, Sequence[str]] = {
    "terse": ("as per policy", "nothing suspicious", "not required", "no susp circs", "standard practice"),
    "verbose": (
        "in line with policy",
        "as there were no suspicious circumstances",
        "as there is nothing to suggest third party involvement",
        "as it was not deemed necessary",
        "in accordance with standard procedure",
    ),
    "narrative": (
        "as I did not consider it necessary",
        "as nothing appeared suspicious to me",
        "as per the usual practice",
        "because there was nothing to suggest anyone else was involved",
    ),
}


@dataclass(frozen=True, slots=True)
class DecisionMeta:
    number: int
    type: str
    reason: str  # specific | generic | none | copied


@dataclass(slots=True)
class Written:
    spec: DocSpec
    requirements: dict[str, str]
    decisions: list[DecisionMeta]
    fields: dict[str, str]
    entries: list[dict[str, str | bool]]
    passages: dict[str, str] = field(default_factory=dict)  # slot -> "own" | copy id | "transcribed"


def _when(block: LogEntry) -> str:
    """The entry time a reader can recover: midnight for a date-only entry."""
    if block.when is None:
        return ""
    moment = block.when.replace(hour=0, minute=0) if block.date_only else block.when
    return moment.isoformat(timespec="minutes")


class DocWriter:
    """Base for the death report, FLO log and CRIS writers."""

    kind = ""

    def __init__(self, case: CasePlan, doc: DocPlan, cases: Mapping[int, CasePlan]) -> None:
        self.case = case
        self.doc = doc
        self.cases = cases
        self.rng = random.Random(doc.seed)
        self.voice: Voice = make_voice(doc.voice, self.rng)
        self.blocks: list[Block] = []
        self.states: dict[str, str] = {}
        self.decisions: list[DecisionMeta] = []
        self.fields: dict[str, str] = {}
        self.entries: list[dict[str, str | bool]] = []
        self.passages: dict[str, str] = {}
        self._headings = 0

    # -- requirement states -----------------------------------------------------
    def state(
        self,
        requirement: str,
        *,
        applies: bool = True,
        since: date | None = None,
        p: float | None = None,
        unclear: float = 0.08,
    ) -> str:
        """Decide (once) whether this document meets ``requirement``."""
        if requirement in self.states:
            return self.states[requirement]
        if not applies or (since is not None and self.case.record_date < since):
            result = NOT_APPLICABLE
        else:
            chance = self.case.quality if p is None else p
            roll = self.rng.random()
            result = PRESENT if roll < chance else UNCLEAR if roll < chance + unclear else ABSENT
        self.states[requirement] = result
        return result

    def force(self, requirement: str, value: str) -> None:
        self.states[requirement] = value

    # -- text ------------------------------------------------------------------
    def say(self, bank: Mapping[str, Sequence[str]], **values: object) -> str:
        return self.voice.say(self.voice.pick(bank, self.rng), self.rng, **values)

    def ev(self, text: Marked | str, requirement: str) -> Marked:
        """``text`` marked as the evidence for ``requirement``."""
        return as_marked(text).mark(f"req:{requirement}")

    def decision(
        self,
        before: Marked | str,
        dtype: str,
        reason_kind: str,
        reason: Marked | str = "",
        after: Marked | str = "",
    ) -> Marked:
        """A decision sentence; its reason (if any) is marked inside it."""
        number = len(self.decisions)
        self.decisions.append(DecisionMeta(number, dtype, reason_kind))
        reason_text = as_marked(reason)
        if reason_text:
            reason_text = reason_text.mark(f"reason:{number}")
        return (as_marked(before) + reason_text + as_marked(after)).mark(f"decision:{number}")

    def generic_reason(self) -> str:
        return self.voice.say(self.voice.pick(GENERIC_REASONS, self.rng), self.rng)

    def d(self, moment: date | datetime) -> str:
        return self.voice.date(
            moment if isinstance(moment, date) and not isinstance(moment, datetime) else moment.date()
        )

    def t(self, moment: datetime) -> str:
        return self.voice.time(moment)

    def dt(self, moment: datetime) -> str:
        return self.voice.when(moment)

    # -- blocks ----------------------------------------------------------------
    def heading(self, text: str, *, numbered: bool = True) -> None:
        self._headings += 1
        self.blocks.append(Heading(Marked(self.voice.heading(text, self._headings if numbered else None))))

    def para(self, *parts: Marked | str, sep: str = " ") -> None:
        text = join(sep, parts)
        if text:
            self.blocks.append(Para(text))

    def field(self, label: str, value: Marked | str, *, name: str | None = None) -> None:
        value = as_marked(value)
        if name is not None and name not in CANONICAL_ALIASES:
            raise ValueError(f"{name!r} is not a canonical field name (extractors/structure/field_names.py)")
        if name and value.value.strip():
            self.fields[name] = value.value.strip()
        self.blocks.append(FieldRow(Marked(self.voice.label(label)), value))

    def checkbox(self, label: str, checked: bool) -> None:
        self.blocks.append(Checkbox(Marked(self.voice.label(label)), checked))

    def signature(self, role: str, name: str, when: str) -> None:
        self.blocks.append(Signature(Marked(role), Marked(name), Marked(when)))

    def page_break(self) -> None:
        self.blocks.append(PageBreak())

    def entry(self, block: LogEntry) -> None:
        self.blocks.append(block)
        self.entries.append(
            {
                "when": _when(block),
                "author": block.author,
                "entry_type": block.entry_type,
                "date_only": block.date_only,
            }
        )

    def spec(self, title: str, *, header: str = "", footer: str = "", layout: str = "form") -> DocSpec:
        return DocSpec(
            doc_id=self.doc.doc_id,
            kind=self.kind,
            form=self.doc.form,
            title=Marked(title),
            blocks=self.blocks,
            page_header=header,
            page_footer=footer,
            case_ref=self.case.cris_ref,
            layout=layout,
        )

    def written(self, spec: DocSpec) -> Written:
        return Written(
            spec,
            dict(self.states),
            list(self.decisions),
            dict(self.fields),
            list(self.entries),
            dict(self.passages),
        )
