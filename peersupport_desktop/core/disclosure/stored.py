"""A publication as JSON, to keep in the vault's publication log and read back."""

from __future__ import annotations

import json
import math
from typing import Any

from peersupport_desktop.core.disclosure.model import (
    Cell,
    CellKey,
    CellKind,
    Publication,
    Relation,
    Terms,
    Variable,
    VarKey,
)

FORMAT = 1


def dumps(publication: Publication) -> str:
    body = {
        "format": FORMAT,
        "name": publication.name,
        "threshold": publication.threshold,
        "variables": [[list(v.key), v.truth, v.people] for v in publication.variables.values()],
        "relations": [
            [_terms(r.terms), r.lower, None if math.isinf(r.upper) else r.upper]
            for r in publication.relations
        ],
        "cells": [
            [
                list(c.key),
                c.kind.value,
                _terms(c.terms),
                _terms(c.denominator),
                [list(k) for k in c.follows],
                c.priority,
            ]
            for c in publication.cells
        ],
        "hidden": sorted(list(k) for k in publication.hidden),
    }
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False)


def loads(text: str) -> Publication:
    body = json.loads(text)
    if body.get("format") != FORMAT:
        raise ValueError("A publication log entry of an unknown format.")
    variables = {}
    for key, truth, people in body["variables"]:
        variable = Variable(_key(key), int(truth), bool(people))
        variables[variable.key] = variable
    return Publication(
        name=body["name"],
        threshold=int(body["threshold"]),
        variables=variables,
        relations=tuple(
            Relation(_read_terms(terms), lower, math.inf if upper is None else upper)
            for terms, lower, upper in body["relations"]
        ),
        cells=tuple(
            Cell(
                key=_key(key),
                kind=CellKind(kind),
                terms=_read_terms(terms),
                denominator=_read_terms(denominator),
                follows=tuple(_key(k) for k in follows),
                priority=int(priority),
            )
            for key, kind, terms, denominator, follows, priority in body["cells"]
        ),
        hidden=frozenset(_key(k) for k in body["hidden"]),
    )


def _terms(terms: Terms) -> list[list[Any]]:
    return [[list(key), coefficient] for key, coefficient in terms]


def _read_terms(terms: list[list[Any]]) -> Terms:
    return tuple((_key(key), int(coefficient)) for key, coefficient in terms)


def _key(parts: list[str]) -> VarKey | CellKey:
    span, figure, dimension, category = parts
    return (str(span), str(figure), str(dimension), str(category))
