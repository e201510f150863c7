"""The rules. Built-in checks are listed once, in ``BUILTIN``; outside checks
arrive through the ``auditor.checks`` entry-point group. Nothing registers
itself on import."""

from __future__ import annotations

from importlib.metadata import entry_points

from checks.base import Check, Context
from checks.cris.vcop_attempt import VictimContactAttemptNotRecorded
from checks.death_report.basic_details import BasicDetailsMissing
from checks.flo_log.contact_entries import ContactEntryIncomplete

# imports: death report A
# imports: death report B
# imports: flo log
# imports: cris A
# imports: cris B
# imports: supervision
# imports: pfd and template

BUILTIN: tuple[type[Check], ...] = (
    BasicDetailsMissing,
    # checks: death report A
    # checks: death report B
    ContactEntryIncomplete,
    # checks: flo log
    VictimContactAttemptNotRecorded,
    # checks: cris A
    # checks: cris B
    # checks: supervision
    # checks: pfd and template
)


def plugin_checks() -> tuple[type[Check], ...]:
    found = []
    for ep in entry_points(group="auditor.checks"):
        obj = ep.load()
        if not (isinstance(obj, type) and issubclass(obj, Check)):
            raise TypeError(f"entry point {ep.name} in auditor.checks is not a Check subclass")
        found.append(obj)
    return tuple(found)


def all_checks() -> tuple[type[Check], ...]:
    checks = BUILTIN + plugin_checks()
    codes = [c.code for c in checks]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise TypeError(f"check codes used twice: {dupes}")
    return checks


def select(
    checks: tuple[type[Check], ...], select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()
) -> tuple[type[Check], ...]:
    """Keep checks named in ``select``, drop those named in ``ignore``.

    A name is a check code or a prefix of one (``DR0``, ``FLO``), or a requirement
    ID or a prefix of one that ends where an ID part ends (``DR-``, ``DR-STMT``,
    ``SUP``), so ``CR-HAT`` never picks ``CR-HATE-FLAG``. Case does not matter.
    """

    def named(c: type[Check], names: tuple[str, ...]) -> bool:
        return any(_names(c, n.strip().upper()) for n in names if n.strip())

    return tuple(c for c in checks if (not select or named(c, select)) and not named(c, ignore))


def _names(c: type[Check], name: str) -> bool:
    if c.code.startswith(name):
        return True
    req = c.requirement
    return req == name or (req.startswith(name) and (name.endswith("-") or req[len(name)] == "-"))


__all__ = ["BUILTIN", "Check", "Context", "all_checks", "plugin_checks", "select"]
