"""Where the real public documents live (``../shared/data`` beside the checkout)."""

from __future__ import annotations

from pathlib import Path

from auditor.config import Settings


def shared_data_dir(settings: Settings | None = None) -> Path | None:
    """The shared data folder: ``AUDITOR_SHARED_DIR``/data if set, else the
    first ``shared/data`` found beside the working directory or the checkout."""
    settings = settings or Settings()
    if settings.shared_dir:
        candidate = Path(settings.shared_dir) / "data"
        return candidate if candidate.is_dir() else None
    roots = [Path.cwd(), *Path.cwd().parents, Path(__file__).resolve().parents[1]]
    roots += list(Path(__file__).resolve().parents[1].parents)
    for root in roots:
        candidate = root / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return None


def real_pdfs(settings: Settings | None = None) -> list[Path]:
    """The real coroner PFD reports and the real child-death form, sorted."""
    data = shared_data_dir(settings)
    if data is None:
        return []
    return sorted((data / "pfd" / "pdf").glob("*.pdf")) + sorted((data / "forms").glob("*.pdf"))
