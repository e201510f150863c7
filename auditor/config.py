"""Settings from ``AUDITOR_*`` environment variables (pydantic-settings)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AUDITOR_", frozen=True)

    max_file_mb: float = Field(25.0, description="Files larger than this are refused (file_too_large).")
    max_unzipped_mb: float = Field(
        100.0, description="A DOCX whose parts expand beyond this is refused (docx_zip_bomb)."
    )
    max_zip_ratio: float = Field(
        200.0, description="A DOCX part compressed more than this ratio is refused (docx_zip_bomb)."
    )
    weight_high: float = Field(3.0, description="Score weight of a high-severity requirement.")
    weight_medium: float = Field(2.0, description="Score weight of a medium-severity requirement.")
    weight_low: float = Field(1.0, description="Score weight of a low-severity requirement.")
    unclear_credit: float = Field(0.5, description="Share of its weight an unclear requirement earns.")
    requirement_weights: dict[str, float] = Field(
        default_factory=dict,
        description="Score weight of named requirements, overriding their severity's weight (0 leaves "
        "a requirement out of the score).",
    )
    select: tuple[str, ...] = Field(
        (), description="Run only these check codes or requirement IDs (empty: all)."
    )
    ignore: tuple[str, ...] = Field((), description="Never run these check codes or requirement IDs.")
    flo_contact_gap_days: float = Field(
        7.0,
        description="FLO-GAPS: longest interval between FLO contacts or attempts before a reason is needed.",
    )
    flo_entry_delay_hours: float = Field(
        24.0, description="FLO-TIMELY: longest delay between a contact and the FLO log entry recording it."
    )
    flo_form_hours: float = Field(
        48.0,
        description="FLO-FORMS: deployment and exit forms reach the advisory team within this many hours.",
    )
    flo_strategy_days: float = Field(
        7.0,
        description="FLO-STRATEGY: a strategy first written later than this after deployment is too late.",
    )
    shared_dir: str | None = Field(
        None, description="Folder holding the project's shared data (default: ../shared beside the checkout)."
    )

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def max_unzipped_bytes(self) -> int:
        return int(self.max_unzipped_mb * 1024 * 1024)


def load_settings(directory: Path | None = None) -> Settings:
    """Settings from ``auditor.toml`` (or ``[tool.auditor]`` in ``pyproject.toml``)
    in ``directory`` (default: the working directory), overridden by ``AUDITOR_*``
    environment variables."""
    directory = directory or Path.cwd()
    values: dict[str, Any] = {}
    own = directory / "auditor.toml"
    pyproject = directory / "pyproject.toml"
    if own.is_file():
        data = tomllib.loads(own.read_text(encoding="utf-8"))
        values = dict(data.get("auditor", data))
    elif pyproject.is_file():
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        values = dict(data.get("tool", {}).get("auditor", {}))
    weights = dict(values.pop("weights", {}))
    for severity in ("high", "medium", "low"):
        if severity in weights:
            values[f"weight_{severity}"] = weights.pop(severity)
    # any other key under [auditor.weights] names a requirement: DR-NOK = 5
    if weights:
        values["requirement_weights"] = {**values.get("requirement_weights", {}), **weights}
    # Environment variables win over the file: drop file values they set.
    import os

    for name in list(values):
        if f"AUDITOR_{name.upper()}" in os.environ:
            del values[name]
    return Settings(**values)
