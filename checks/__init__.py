"""The rules. Built-in checks are listed once, in ``BUILTIN``; outside checks
arrive through the ``auditor.checks`` entry-point group. Nothing registers
itself on import."""

from __future__ import annotations

from importlib.metadata import entry_points

from checks.base import Check, Context
from checks.cris.action_truth import CompletedActionNotEvidenced
from checks.cris.actions import ActionsNotRecorded
from checks.cris.cad_remarks import CadLocationSourceNotStated
from checks.cris.contemporaneous import EntryNotContemporaneous
from checks.cris.coroner_concerns import CoronerConcernNotResolved
from checks.cris.dash import DashNotCompleted
from checks.cris.family_contact import FamilyContactNotDetailed
from checks.cris.hat_advice import HatAdviceNotRecorded
from checks.cris.hate_flag import HateIncidentNotFlagged
from checks.cris.informant import InformantNotContacted
from checks.cris.intel_content import IntelResultsNotRecorded
from checks.cris.intel_scope import IntelChecksScopeIncomplete
from checks.cris.not_done import RequiredActionNotDoneWithoutReason
from checks.cris.pacesetter import PacesetterActionsNotRecorded
from checks.cris.paperwork_links import CadNotReferenced
from checks.cris.pathologist import PathologistRecommendationsNotActioned
from checks.cris.primary_record import InformationOnlyOnOtherRecord
from checks.cris.vcop_attempt import VictimContactAttemptNotRecorded
from checks.cris.vcop_method import VictimContactMethodUnsafe
from checks.cris.vcop_success import VictimContactWrongToCountAsSuccessful
from checks.cris.witnesses import WitnessWithoutStatement
from checks.death_report.access import PremisesAccessNotEstablished
from checks.death_report.basic_details import BasicDetailsMissing
from checks.death_report.bereavement_leaflet import BereavementLeafletNotRecorded
from checks.death_report.category import CategoryOfDeathMissing
from checks.death_report.cctv_enquiries import CctvNotConsidered
from checks.death_report.chemsex_context import ChemsexContextNotConsidered
from checks.death_report.expected_death_record import ExpectedDeathNotRecorded
from checks.death_report.forensic_examination import ForensicExaminationNotConsidered
from checks.death_report.forensic_post_mortem import ForensicPostMortemNotRecorded
from checks.death_report.further_action import FurtherActionNotRecorded
from checks.death_report.hate_motivation import HateMotivationNotConsidered
from checks.death_report.house_to_house import HouseToHouseNotRecorded
from checks.death_report.informant_statement import InformantStatementMissing
from checks.death_report.intelligence import IntelligenceChecksIncomplete
from checks.death_report.last_seen import LastSeenNotEstablished
from checks.death_report.legibility import ReportNotLegible
from checks.death_report.next_of_kin import NextOfKinNotInformed
from checks.death_report.note_verification import NoteNotVerified
from checks.death_report.property_record import PropertyNotReferenced
from checks.death_report.protected_characteristics import ProtectedCharacteristicsNotConsidered
from checks.death_report.rationale import DecisionWithoutReason
from checks.death_report.risk_assessment import RiskAssessmentNotRecorded
from checks.death_report.scene_actions import SceneActionsNotDone
from checks.death_report.scene_photographs import ScenePhotographsMissing
from checks.death_report.search_record import SearchNotRecorded
from checks.death_report.specialist_advice import SpecialistsNotConsidered
from checks.death_report.submitted_in_shift import ReportNotSubmittedInShift
from checks.death_report.suspicious_until import NonSuspiciousAssumed
from checks.death_report.time_of_death import TimeOfDeathNotAddressed
from checks.death_report.wider_family import WiderFamilyNotConsidered
from checks.flo_log.conflict import FamilyConflictNotAddressed
from checks.flo_log.contact_entries import ContactEntryIncomplete
from checks.flo_log.contact_gaps import UnexplainedContactGap
from checks.flo_log.cover import FloAbsenceWithoutCover
from checks.flo_log.exit_strategy import ExitStrategyMissing
from checks.flo_log.family_definition import PartnerNotTreatedAsFamily
from checks.flo_log.forms import FormsMissingOrLate
from checks.flo_log.investigative import FamilyInformationNotPassedOn
from checks.flo_log.risk_assessment import DeploymentRiskAssessmentMissing
from checks.flo_log.signed import PagesNotSigned
from checks.flo_log.sio_supervision import SioSupervisionMissing
from checks.flo_log.strategy import LiaisonStrategyMissing
from checks.flo_log.support import SupportInformationMissing
from checks.flo_log.timely import EntriesNotTimely
from checks.flo_log.trained import TrainedFloNotRecorded
from checks.flo_log.victim_profile import VictimProfileMissing
from checks.pfd.concerns import ConcernsNotStated
from checks.pfd.recipients import RecipientsNotNamed
from checks.pfd.response_deadline import ResponseDeadlineNotStated
from checks.pfd.sections import PfdSectionMissing
from checks.supervision.attendance import SupervisorAttendanceNotRecorded
from checks.supervision.category_signoff import CategoryNotSignedOffByInspector
from checks.supervision.certification import ActionsCompleteNotCertified
from checks.supervision.challenge import SupervisionWithoutScrutiny
from checks.supervision.closure import ClosedWithoutReview
from checks.supervision.di_role import DetectiveInspectorDecisionsNotRecorded
from checks.supervision.escalation import EscalationNotRecorded
from checks.supervision.intel_enforced import IntelligenceChecksNotEnforced
from checks.supervision.intel_meeting import IntelligenceMeetingNotRecorded
from checks.supervision.merlin_closure import MerlinClosureNotApproved
from checks.supervision.portal_qa import PortalReportNotCheckedBeforeSubmission
from checks.supervision.protected_characteristics import ProtectedCharacteristicsNotConsideredBySupervisor
from checks.supervision.review_cadence import ScheduledReviewsMissing
from checks.supervision.substantive_status import SupervisorStatusNotRecorded
from checks.template.comprehensive import UpdateNotComprehensive
from checks.template.prompts_unanswered import PromptUnanswered

BUILTIN: tuple[type[Check], ...] = (
    BasicDetailsMissing,
    CategoryOfDeathMissing,
    NonSuspiciousAssumed,
    DecisionWithoutReason,
    FurtherActionNotRecorded,
    RiskAssessmentNotRecorded,
    IntelligenceChecksIncomplete,
    InformantStatementMissing,
    LastSeenNotEstablished,
    HouseToHouseNotRecorded,
    TimeOfDeathNotAddressed,
    PremisesAccessNotEstablished,
    SceneActionsNotDone,
    SearchNotRecorded,
    ForensicExaminationNotConsidered,
    PropertyNotReferenced,
    CctvNotConsidered,
    SpecialistsNotConsidered,
    ScenePhotographsMissing,
    NextOfKinNotInformed,
    WiderFamilyNotConsidered,
    ProtectedCharacteristicsNotConsidered,
    HateMotivationNotConsidered,
    ChemsexContextNotConsidered,
    NoteNotVerified,
    ForensicPostMortemNotRecorded,
    ReportNotSubmittedInShift,
    ExpectedDeathNotRecorded,
    BereavementLeafletNotRecorded,
    ReportNotLegible,
    ContactEntryIncomplete,
    EntriesNotTimely,
    PagesNotSigned,
    SioSupervisionMissing,
    LiaisonStrategyMissing,
    ExitStrategyMissing,
    FormsMissingOrLate,
    DeploymentRiskAssessmentMissing,
    VictimProfileMissing,
    UnexplainedContactGap,
    FloAbsenceWithoutCover,
    PartnerNotTreatedAsFamily,
    SupportInformationMissing,
    FamilyInformationNotPassedOn,
    TrainedFloNotRecorded,
    FamilyConflictNotAddressed,
    VictimContactAttemptNotRecorded,
    CadNotReferenced,
    InformationOnlyOnOtherRecord,
    ActionsNotRecorded,
    CompletedActionNotEvidenced,
    EntryNotContemporaneous,
    FamilyContactNotDetailed,
    VictimContactWrongToCountAsSuccessful,
    VictimContactMethodUnsafe,
    InformantNotContacted,
    WitnessWithoutStatement,
    IntelChecksScopeIncomplete,
    IntelResultsNotRecorded,
    RequiredActionNotDoneWithoutReason,
    HatAdviceNotRecorded,
    PathologistRecommendationsNotActioned,
    CoronerConcernNotResolved,
    HateIncidentNotFlagged,
    DashNotCompleted,
    PacesetterActionsNotRecorded,
    CadLocationSourceNotStated,
    CategoryNotSignedOffByInspector,
    SupervisorAttendanceNotRecorded,
    SupervisorStatusNotRecorded,
    ActionsCompleteNotCertified,
    PortalReportNotCheckedBeforeSubmission,
    ClosedWithoutReview,
    ScheduledReviewsMissing,
    DetectiveInspectorDecisionsNotRecorded,
    EscalationNotRecorded,
    SupervisionWithoutScrutiny,
    IntelligenceChecksNotEnforced,
    ProtectedCharacteristicsNotConsideredBySupervisor,
    IntelligenceMeetingNotRecorded,
    MerlinClosureNotApproved,
    PfdSectionMissing,
    RecipientsNotNamed,
    ResponseDeadlineNotStated,
    ConcernsNotStated,
    PromptUnanswered,
    UpdateNotComprehensive,
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
