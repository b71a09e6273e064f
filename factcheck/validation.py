"""Is a parsed claim file whole and well-formed? The JSON Schema (types, required fields,
enums) plus what a schema cannot say (unique claim ids, finite numbers, spans that fit
their surface), each problem placed on its line of the file. Whether a file is whole
(its claim count and end line) is claimfile's concern.

Validation runs on every read that the claim cache cannot answer; a cached file was
validated when it entered the cache. Two validators of the one schema, each built once per
process: fastjsonschema's compiled one answers "is it valid?" for every file (about 0.6 ms
for a 27-claim file, fourteen times less than jsonschema); jsonschema, imported only when
a file fails, then says where and why. A file the fast one refuses but jsonschema accepts
is accepted, so the fast one can only cost time, never let a bad file through
(tests/test_properties.py checks the other direction on random edits).
"""

from __future__ import annotations

import functools
import math
from typing import Any, Iterable, Optional


#: The line a claim file written by factcheck ends with: YAML's own document-end marker,
#: which every parser ignores. A file that records its claim count but lacks it was cut.
END_MARKER = "..."


@functools.cache
def _schema() -> dict:
    import json
    from importlib import resources

    return json.loads(resources.files("factcheck").joinpath("schemas/claims.schema.json").read_text("utf-8"))


@functools.cache
def _validator():
    """jsonschema's validator: the reference semantics, and the messages."""
    import jsonschema

    schema = _schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@functools.cache
def _fast_validator():
    """A compiled validator of the same schema, or None where fastjsonschema is missing.
    The schema uses only keywords whose meaning draft 7 and 2020-12 share (type, enum,
    properties, required, additionalProperties, items as one schema, pattern, minimum,
    minLength, minItems, maxItems, $ref into $defs), so compiling it as draft 7 keeps it."""
    try:
        import fastjsonschema
    except ImportError:  # pragma: no cover - a dependency; jsonschema alone still validates
        return None
    schema = dict(_schema(), **{"$schema": "http://json-schema.org/draft-07/schema#"})
    compiled = fastjsonschema.compile(schema, use_default=False, use_formats=False, detailed_exceptions=False)

    def is_valid(doc: Any) -> bool:
        try:
            compiled(doc)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    return is_valid


def valid(doc: Any) -> bool:
    """Does the document satisfy the schema? The compiled validator answers; jsonschema
    decides only what it refuses."""
    fast = _fast_validator()
    if fast is not None and fast(doc):
        return True
    return _validator().is_valid(doc)


def problems(doc: Any, text: str) -> list[tuple[Optional[int], str]]:
    """Every problem with a parsed claim file, as (line, reason), first line first."""
    found: list[tuple[tuple, str]] = []
    fast = _fast_validator()
    schema_errors = [] if fast is not None and fast(doc) else _validator().iter_errors(doc)
    errors = sorted(schema_errors, key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors:
        found.append((tuple(error.absolute_path), f"{_where(doc, error.absolute_path)}{_reason(error)}"))
    if not errors:
        found.extend(_semantic(doc))
    lines = _Lines(text)
    out = [(lines.of(path), reason) for path, reason in found]
    return sorted(out, key=lambda item: item[0] or 0)


def _where(doc: Any, path: Iterable) -> str:
    """'claims[3] (c-1a2b3c4d) review: ' for a path into the document."""
    parts: list[str] = []
    node = doc
    for key in path:
        if isinstance(key, int):
            label = f"[{key}]"
            if isinstance(node, list) and key < len(node) and isinstance(node[key], dict):
                cid = node[key].get("id")
                if isinstance(cid, str) and len(cid) < 40:
                    label += f" ({cid})"
            parts.append(label)
        else:
            parts.append(("." if parts else "") + str(key))
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            node = None
    text = "".join(parts).replace("] .", "] ").replace(").", ") ")
    return f"{text}: " if text else ""


def _reason(error) -> str:
    if error.validator == "enum":
        options = ", ".join("null" if o is None else str(o) for o in error.validator_value)
        return f"{error.instance!r} is not one of {options}"
    if error.validator == "required":
        return error.message.replace(" is a required property", " is missing")
    if error.validator == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown field(s)")
    message = error.message
    return message if len(message) <= 160 else message[:157] + "..."


def _semantic(doc: dict) -> list[tuple[tuple, str]]:
    """What the schema cannot express."""
    found: list[tuple[tuple, str]] = []
    claims = doc.get("claims") or []
    seen: dict[str, int] = {}
    for i, claim in enumerate(claims):
        cid = claim["id"]
        if cid in seen:
            found.append((("claims", i, "id"), f"claims[{i}]: duplicate claim id '{cid}' (first at claims[{seen[cid]}])"))
        else:
            seen[cid] = i
        for key in ("value", "end", "precision", "base_value"):
            v = claim.get(key)
            if isinstance(v, float) and not math.isfinite(v):
                found.append((("claims", i, key), f"claims[{i}] ({cid}) {key}: {v} is not a finite number"))
        start, stop = claim["span"]
        if not 0 <= start <= stop or stop - start != len(claim["surface"]):
            found.append((("claims", i, "span"),
                          f"claims[{i}] ({cid}) span: [{start}, {stop}] does not fit surface {claim['surface']!r}"))
    for i, entry in enumerate(doc.get("retired") or []):
        v = entry.get("value")
        if isinstance(v, float) and not math.isfinite(v):
            found.append((("retired", i, "value"), f"retired[{i}] value: {v} is not a finite number"))
    return found


class _Lines:
    """Lines of the YAML nodes of a document, composed only when a problem must be placed."""

    def __init__(self, text: str):
        self.text = text
        self._root: Any = False

    def of(self, path: tuple) -> Optional[int]:
        import yaml  # only where a problem must be placed

        if self._root is False:
            try:
                self._root = yaml.compose(self.text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
            except yaml.YAMLError:
                self._root = None
        node = self._root
        line = node.start_mark.line + 1 if node is not None else None
        for key in path:
            child = None
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    if k.value == key:
                        child = v
                        line = k.start_mark.line + 1
                        break
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                child = node.value[key]
                line = child.start_mark.line + 1
            if child is None:
                break
            node = child
        return line
