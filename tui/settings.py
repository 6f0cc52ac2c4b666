"""The app's own settings, kept beside the library so they travel with it.

Only what the reviewer toggles in the app (auto-advance). A missing or unreadable
file means the defaults: a bad settings file must never stop a review.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

FILENAME = "settings.json"


@dataclass(frozen=True, slots=True)
class Settings:
    """What the reviewer chose; immutable so a change is an explicit save."""

    auto_advance: bool = True

    def toggled_auto_advance(self) -> Settings:
        return replace(self, auto_advance=not self.auto_advance)


def settings_path(library_dir: str | Path) -> Path:
    return Path(library_dir) / FILENAME


def load_settings(library_dir: str | Path) -> Settings:
    """The saved settings, or the defaults when there are none or they do not parse."""
    try:
        data = json.loads(settings_path(library_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    value = data.get("auto_advance", True)
    return Settings(auto_advance=value if isinstance(value, bool) else True)


def save_settings(library_dir: str | Path, settings: Settings) -> None:
    """Write the settings atomically (a crash leaves the old or the new file)."""
    from store.storage import atomic_write_text

    text = json.dumps(asdict(settings), indent=2, sort_keys=True) + "\n"
    atomic_write_text(settings_path(library_dir), text)
