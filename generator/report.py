"""`generate --report FILE`: one entry per operation of the spec, plus the findings.

{"spec": ..., "package": ..., "summary": {...},
 "operations": [{"method": "post", "path": "/v2/runs/query", "operation_id": "queryRuns",
                 "client_method": "runs.query", "problem": null}, ...],
 "webhooks": [{"name": ..., "method": ..., "payload": "types.module.Class"}],
 "findings": [{"severity": ..., "pointer": ..., "message": ..., "file": ..., "line": ..., ...}]}
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from .build_operations import OperationSource
from .errors import Finding
from .ir import ModelRef, Package


def build_report(
    spec: str,
    sources: list[OperationSource],
    package: Package | None,
    findings: list[Finding],
    failure: str | None = None,
) -> dict[str, Any]:
    client_paths = {op.source_pointer: path for path, op in package.all_operations()} if package else {}
    operations = []
    for source in sources:
        client_method = client_paths.get(source.pointer)
        problem = None
        if client_method is None:
            problem = failure or "not generated (no reason recorded: this is a generator bug)"
        operations.append(
            {
                "method": source.http_method,
                "path": source.path,
                "operation_id": (
                    source.node.get("operationId") if isinstance(source.node.get("operationId"), str) else None
                ),
                "client_method": client_method,
                "problem": problem,
            }
        )
    webhooks = [
        {
            "name": hook.name,
            "method": hook.http_method,
            "payload": f"{hook.payload.module}.{hook.payload.name}" if isinstance(hook.payload, ModelRef) else None,
        }
        for hook in (package.webhooks if package else ())
    ]
    severities = Counter(f.severity.value for f in findings)
    generated = sum(1 for op in operations if op["client_method"] is not None)
    return {
        "spec": spec,
        "package": package.name if package else None,
        "error": failure,
        "summary": {
            "operations": len(operations),
            "generated": generated,
            "schemas": sum(len(m.models) for m in package.type_modules) if package else 0,
            "webhooks": len(webhooks),
            "findings": {name: severities.get(name, 0) for name in ("error", "warning", "info")},
        },
        "operations": operations,
        "webhooks": webhooks,
        "findings": [f.to_json() for f in findings],
    }


def write_report(path: Path, report: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(report, indent=2, sort_keys=False, ensure_ascii=False) + "\n"
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
