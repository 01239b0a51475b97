"""Problems found in input files: each names the file, line and field.

>>> str(Problem("data/entities.yaml", 12, "people[3].name", "must not be empty"))
'data/entities.yaml:12: people[3].name: must not be empty'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["InputError", "Problem"]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the input, located as precisely as the input allows."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class InputError(Exception):
    """Raised with every problem found, never only the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(
            set(problems), key=lambda p: (p.file, p.line or 0, p.field, p.message)
        )
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self):
        # Rebuilt from its problems when sent between processes (graph/workers.py).
        return (type(self), (self.problems,))
