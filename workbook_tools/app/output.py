"""JSON side output shared by the jobs."""
from __future__ import annotations

import json
from pathlib import Path


def write_result_json(data: dict, problems, path: Path) -> None:
    """The job's result plus every problem (チェック), UTF-8, Japanese kept readable."""
    data = dict(data)
    data["チェック"] = [p.to_dict() for p in problems]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
