"""The generated client's version, as PEP 440 wants it.

The version is written twice, into `_version.py` and into the project's `pyproject.toml`, and pip
refuses a project whose version is not PEP 440. A config `version` must already be in canonical
form (the two places then say the same thing); a spec's `info.version` is free text ("2023-10-16",
"v2", "1.0.0-beta"), so it is normalised when PEP 440 allows it and otherwise reduced to its
numbers, with a warning that names the version used.
"""

from __future__ import annotations

import re

# PEP 440's accepted spellings (its "Normalization" section): case-insensitive, an optional
# leading "v", pre-release words and separators, implicit numbers, "1.0-1" as a post-release.
_LENIENT = re.compile(
    r"""
    ^\s*v?
    (?:(?P<epoch>\d+)!)?
    (?P<release>\d+(?:\.\d+)*)
    (?:[-_.]?(?P<pre_label>alpha|beta|preview|pre|rc|a|b|c)[-_.]?(?P<pre_number>\d+)?)?
    (?:-(?P<implicit_post>\d+)|[-_.]?(?P<post_label>post|rev|r)[-_.]?(?P<post_number>\d+)?)?
    (?:[-_.]?(?P<dev_label>dev)[-_.]?(?P<dev_number>\d+)?)?
    (?:\+(?P<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?
    \s*$
    """,
    re.VERBOSE | re.IGNORECASE,
)
_PRE_RELEASE = {"alpha": "a", "a": "a", "beta": "b", "b": "b", "c": "rc", "pre": "rc", "preview": "rc", "rc": "rc"}


def canonical_version(text: str) -> str | None:
    """The canonical PEP 440 form of `text` ("V1.0-Beta2" -> "1.0b2"), or None when PEP 440
    does not accept it at all."""
    match = _LENIENT.match(text)
    if match is None:
        return None
    parts = []
    if match["epoch"] and int(match["epoch"]):
        parts.append(f"{int(match['epoch'])}!")
    parts.append(".".join(str(int(n)) for n in match["release"].split(".")))
    if match["pre_label"]:
        parts.append(f"{_PRE_RELEASE[match['pre_label'].lower()]}{int(match['pre_number'] or 0)}")
    if match["implicit_post"] is not None:
        parts.append(f".post{int(match['implicit_post'])}")
    elif match["post_label"]:
        parts.append(f".post{int(match['post_number'] or 0)}")
    if match["dev_label"]:
        parts.append(f".dev{int(match['dev_number'] or 0)}")
    if match["local"]:
        segments = re.split(r"[-_.]", match["local"].lower())
        parts.append("+" + ".".join(str(int(s)) if s.isdigit() else s for s in segments))
    return "".join(parts)


def version_from_spec(info_version: str) -> tuple[str, bool]:
    """The package version for a spec's `info.version`, and whether it had to be made up
    (only its numbers kept, "0.0.0" when there are none)."""
    canonical = canonical_version(info_version)
    if canonical is not None:
        return canonical, False
    numbers = re.findall(r"\d+", info_version)
    return (".".join(str(int(n)) for n in numbers) if numbers else "0.0.0"), True
