"""Unions (`oneOf`/`anyOf`): what their inline members are called, and how a response union is
told apart - by a discriminating `Literal` field pydantic can use, else by tag values the data
carries (`discriminator.mapping`, or the members' schema names)."""

from __future__ import annotations

from typing import Any

from . import naming
from .build_modules import ModulePlan, Site, schema_key
from .documents import DocumentSet
from .errors import Finding, Severity
from .ir import Field, LiteralOf, ModelRef, TypeRef, UnionOf


def variant_name(member: Any, site: Site, index: int) -> str:
    """The suggested class name of a union's member: its title, else its place in the union."""
    if isinstance(member, dict):
        title = member.get("title")
        if isinstance(title, str) and naming.pascal_case(title):
            return naming.pascal_case(title)
    return f"{site.suggested_name}Variant{index + 1}"


class UnionDiscrimination:
    """Which member of a response union the data is, as far as the spec says."""

    def __init__(self, docs: DocumentSet, plan: ModulePlan, findings: list[Finding]):
        self.docs = docs
        self.plan = plan
        self.findings = findings

    def union_of(
        self, schema: dict[str, Any], members: list[tuple[int, Any]], types: list[TypeRef], site: Site
    ) -> UnionOf:
        """The union of `types`, built from `members` ((index, schema) of the non-null ones) of
        `schema` at `site`."""
        return UnionOf(
            tuple(types), self._discriminator(schema, types, site), *self._tags(schema, members, types, site)
        )

    def _discriminator(self, schema: dict[str, Any], members: list[TypeRef], site: Site) -> str | None:
        """The Python field that tells members apart, when pydantic can use it.

        pydantic needs every member to be a class whose discriminating field is a `Literal`, and
        each value to pick one member; otherwise the union stays a plain one, which still parses
        (pydantic tries every member and keeps the one that fits best).
        """
        property_name = _discriminator_property(schema)
        if property_name is None:
            return None
        python_names = set()
        owners: dict[object, list[str]] = {}  # tag value -> the members whose Literal allows it
        for member in members:
            if not isinstance(member, ModelRef):
                return None
            if self.plan.model(member) is None:
                return None  # still being built (recursion): no way to check it
            field = self._literal_field(member, property_name)
            if field is None or not isinstance(field.type, LiteralOf) or not field.required:
                return None
            python_names.add(field.name)
            for value in field.type.values:
                owners.setdefault(value, []).append(member.name)
        shared = {value: names for value, names in owners.items() if len(names) > 1}
        if shared:
            value, names = next(iter(shared.items()))
            message = (
                f"discriminator {property_name!r}: the value {value!r} belongs to more than one member "
                f"({', '.join(names)}); the union picks the member that fits the data instead"
            )
            self.findings.append(Finding(Severity.WARNING, site.pointer, message))
            return None
        return python_names.pop() if len(python_names) == 1 else None

    def _literal_field(self, member: ModelRef, api_name: str) -> Field | None:
        """`member`'s property `api_name` when its type is a `Literal` (a tag the data carries)."""
        model = self.plan.model(member)
        field = next((f for f in model.fields if f.api_name == api_name), None) if model else None
        return field if field is not None and isinstance(field.type, LiteralOf) else None

    def _tags(
        self, schema: dict[str, Any], members: list[tuple[int, Any]], types: list[TypeRef], site: Site
    ) -> tuple[str, tuple[tuple[str, str], ...]]:
        """(property, ((value, class name), ...)) for a discriminator whose members have no
        `Literal` tag: values from `mapping`, else each member's schema name."""
        property_name = _discriminator_property(schema)
        if property_name is None or len(types) != len(members):
            return "", ()
        classes = [t for t in types if isinstance(t, ModelRef)]
        if len(classes) != len(types):
            return "", ()
        by_key: dict[str, str] = {}
        names: dict[str, str] = {}
        for (_, member), member_type in zip(members, classes):
            if not (isinstance(member, dict) and isinstance(member.get("$ref"), str)):
                return "", ()
            target_doc, target_pointer, _ = self.docs.resolve(member["$ref"], site.doc, site.pointer)
            by_key[schema_key(target_doc, target_pointer)] = member_type.name
            names[naming.pointer_token(target_pointer)] = member_type.name
        mapping = schema["discriminator"].get("mapping")
        if isinstance(mapping, dict) and mapping:
            tags = self._mapped_tags(mapping, by_key, site)
        elif all(self._literal_field(t, property_name) for t in classes):
            return "", ()  # the data carries the members' own tag values, not their schema names
        else:
            tags = dict(names)
        if set(tags.values()) != {t.name for t in classes}:
            return "", ()  # some member could never be chosen: stay a plain union
        return property_name, tuple(tags.items())

    def _mapped_tags(self, mapping: dict[str, Any], by_key: dict[str, str], site: Site) -> dict[str, str]:
        """`discriminator.mapping` as tag value -> class name, for the members it names."""
        tags: dict[str, str] = {}
        for value, ref in mapping.items():
            if not isinstance(ref, str):
                continue
            # A bare name is a component schema's (the OpenAPI shorthand); anything else is a `$ref`.
            ref = (
                ref if ref.startswith("#") or "/" in ref or "." in ref.split("#")[0] else f"#/components/schemas/{ref}"
            )
            target_doc, target_pointer, _ = self.docs.resolve(ref, site.doc, site.pointer)
            class_name = by_key.get(schema_key(target_doc, target_pointer))
            if class_name is not None:
                tags[str(value)] = class_name
        return tags


def _discriminator_property(schema: dict[str, Any]) -> str | None:
    disc = schema.get("discriminator")
    if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str):
        return None
    return str(disc["propertyName"])
