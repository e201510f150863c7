"""Two records that differ only in one missing high-severity item differ visibly
in score, and the breakdown names the item (the issue's acceptance point)."""

from __future__ import annotations

from auditor.findings import RequirementState
from auditor.pipeline import Auditor

REPORT = """METROPOLITAN POLICE SERVICE - SUDDEN DEATH REPORT

Name of deceased: Graham Peter LOWE
Date of birth: 14/02/1957
Address: Flat 4, 19 Carlton Vale, London NW6 5DA
Date found: 03/03/2024
Time found: 0915
Location found: Flat 4, 19 Carlton Vale, London NW6 5DA, in the bathroom
Found by: Mr Ade OKONJO (neighbour, holds a spare key)
Reported by: Mr Ade OKONJO by 999 call at 0912
Attending officers: PC 4410QK HART, PC 2231QK BELL
Last seen alive: 01/03/2024 at about 1900 by Mr Okonjo on the landing

Circumstances: Mr Okonjo had not seen the deceased for two days and let himself in. He found him
on the bathroom floor. LAS attended and life was pronounced extinct at 0941.
{nok}
Bereavement leaflet given to the daughter.

Categorisation: Unexpected - investigated and not suspicious, because the door was locked with the
key inside, there are no injuries, the GP confirms heart disease and he was last seen well by his
neighbour two days ago.
"""

NOK = """
Next of kin: Daughter, Ms Claire LOWE. Informed in person at her home in Harrow at 1330 on
03/03/2024 by PC Hart and PC Bell.
"""


def test_one_missing_high_item_moves_the_score_visibly() -> None:
    auditor = Auditor()
    full = auditor.audit_bytes(REPORT.format(nok=NOK).encode(), "full.txt").audit
    gap = auditor.audit_bytes(REPORT.format(nok="").encode(), "no-nok.txt").audit
    assert full is not None and gap is not None and full.score is not None and gap.score is not None
    assert full.requirement_states["DR-NOK"] is RequirementState.PRESENT
    assert gap.requirement_states["DR-NOK"] is RequirementState.ABSENT
    changed = {r for r, s in full.requirement_states.items() if gap.requirement_states[r] is not s}
    assert changed == {"DR-NOK"}
    possible = sum(i.weight for i in full.score_breakdown)
    assert full.score - gap.score >= 4.0
    assert abs((full.score - gap.score) - 300 / possible) < 0.2
    moved = [i for i in gap.score_breakdown if i.requirement == "DR-NOK"]
    assert moved and moved[0].weight == 3 and moved[0].credit == 0
